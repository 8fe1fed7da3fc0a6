package org.ecvetledger.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database cannot be reached, the connection pool is exhausted or a query ran out of time: the
 * ledger is unavailable for a moment, not broken, so the client is told 503 with {@code Retry-After}
 * rather than 500. Recognised anywhere in the cause chain, since Spring, Axon (command execution,
 * event store, JDBC utilities) and Spring Security each wrap the failure in their own exception.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait: a restarting database or a burst that holds the pool passes within that. */
    public static final int RETRY_AFTER_SECONDS = 5;

    static final String TYPE = "service-unavailable";
    private static final String DETAIL =
            "The ledger's database is unavailable for the moment; nothing was recorded. Retry later.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DatabaseUnavailable() {}

    /** Whether {@code failure} or any of its causes says the database is out of reach for now. */
    public static boolean causedBy(Throwable failure) {
        var depth = 0;
        for (var cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof DataAccessResourceFailureException // CannotGetJdbcConnectionException among them
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof SQLTransientConnectionException // the pool's wait for a connection ran out
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && unavailableState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** PostgreSQL's connection exceptions (class 08), a cancelled statement (timeout) and a server shutting down. */
    private static boolean unavailableState(String state) {
        return state != null
                && (state.startsWith("08")
                        || state.equals("57014")
                        || state.equals("57P01")
                        || state.equals("57P02")
                        || state.equals("57P03"));
    }

    static ProblemDetail problem() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DETAIL);
        problem.setType(Problems.typeUri(TYPE));
        problem.setTitle("Service unavailable");
        return problem;
    }

    /** The same problem written straight to the response, for failures outside Spring MVC (sign-in, access rules). */
    public static void write(HttpServletResponse response) throws IOException {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", Problems.typeUri(TYPE).toString());
        body.put("title", "Service unavailable");
        body.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        body.put("detail", DETAIL);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
