package org.ecvetledger.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** The first administrator's password comes from LEDGER_ADMIN_PASSWORD, set at every start (ADR 0014). */
@LedgerIT
class FirstAdministratorIT {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    private void start(String name, String password) throws Exception {
        new AccessConfiguration().firstAdministrator(accounts, name, password).run(new DefaultApplicationArguments());
    }

    @Test
    void the_configured_password_creates_the_administrator_and_a_new_one_replaces_it_at_the_next_start()
            throws Exception {
        var http = new LedgerHttp(environment);

        start("admin-of-this-test", "first-password-123");
        assertThat(http.as("admin-of-this-test", "first-password-123")
                        .get("/api/accounts")
                        .status())
                .isEqualTo(200);

        start("admin-of-this-test", "second-password-456");
        assertThat(http.as("admin-of-this-test", "first-password-123")
                        .get("/api/accounts")
                        .status())
                .isEqualTo(401);
        assertThat(http.as("admin-of-this-test", "second-password-456")
                        .get("/api/accounts")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void without_a_configured_password_no_second_administrator_is_generated_once_one_exists() throws Exception {
        start("generated-admin", "");

        assertThat(jdbc.queryForObject(
                        "select count(*) from access_account where name = 'generated-admin'", Long.class))
                .isZero();
    }
}
