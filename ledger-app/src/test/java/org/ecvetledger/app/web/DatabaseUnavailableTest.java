package org.ecvetledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * An unreachable database, an exhausted pool or a query timeout is 503 problem+json with
 * Retry-After, however it is wrapped; anything else stays a 500 (issue 10 item 6).
 */
class DatabaseUnavailableTest {

    /** What HikariCP throws when no connection frees up within its timeout. */
    private static SQLTransientConnectionException poolExhausted() {
        return new SQLTransientConnectionException(
                "ledger - Connection is not available, request timed out after 30000ms");
    }

    private static List<Exception> unavailable() {
        return List.of(
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", poolExhausted()),
                new DataAccessResourceFailureException("connection refused"),
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction", poolExhausted()),
                new QueryTimeoutException("statement timeout"),
                // Axon wraps the store's failure, then the command's
                new CommandExecutionException(
                        "command failed",
                        new EventStoreException(
                                "An event could not be stored",
                                new JdbcException("Failed to obtain a database connection", poolExhausted()))),
                new IllegalStateException(new SQLException("Connection to localhost:5432 refused", "08001")),
                new IllegalStateException(new SQLException("canceling statement due to statement timeout", "57014")));
    }

    @Test
    void every_form_of_an_unavailable_database_is_503_with_retry_after() {
        var advice = new ProblemDetailsAdvice();
        for (var failure : unavailable()) {
            var answer = advice.unexpected(failure);

            assertThat(answer.getStatusCode().value()).as(failure.toString()).isEqualTo(503);
            assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
            var problem = (ProblemDetail) answer.getBody();
            assertThat(problem.getType()).hasToString("urn:ecvet-ledger:problem:service-unavailable");
            assertThat(problem.getDetail()).doesNotContain("Exception", "JDBC", "5432", "timed out");
        }
    }

    @Test
    void other_failures_stay_500_even_when_they_come_from_the_database() {
        var advice = new ProblemDetailsAdvice();

        var bug = advice.unexpected(new IllegalStateException("a bug"));
        var constraint = advice.unexpected(
                new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505")));

        assertThat(bug.getStatusCode().value()).isEqualTo(500);
        assertThat(constraint.getStatusCode().value()).isEqualTo(500);
        assertThat(bug.getHeaders().getFirst("Retry-After")).isNull();
    }

    @Test
    void a_database_failure_before_spring_mvc_is_written_as_the_same_503_problem() throws Exception {
        var filter = new DatabaseUnavailableFilter();
        var response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", "/api/accounts/me"), response, (request, res) -> {
            // signing in read the account, as DaoAuthenticationProvider reports it
            throw new InternalAuthenticationServiceException(
                    "could not read the account",
                    new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", poolExhausted()));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("urn:ecvet-ledger:problem:service-unavailable")
                .doesNotContain("Exception");
    }

    @Test
    void other_failures_before_spring_mvc_pass_on_to_the_container() {
        var filter = new DatabaseUnavailableFilter();

        var thrown = org.assertj.core.api.Assertions.catchThrowable(() -> filter.doFilter(
                new MockHttpServletRequest("GET", "/api/accounts/me"),
                new MockHttpServletResponse(),
                (request, res) -> {
                    throw new IllegalStateException("a bug");
                }));

        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("a bug");
    }
}
