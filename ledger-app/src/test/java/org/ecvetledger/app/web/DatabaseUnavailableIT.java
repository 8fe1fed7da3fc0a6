package org.ecvetledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import javax.sql.DataSource;
import org.ecvetledger.app.LedgerApplication;
import org.ecvetledger.app.LedgerHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With every connection of the pool taken, the API answers 503 problem+json with Retry-After, for a
 * sign-in by API token and by password alike, and recovers once connections are free again. Its own
 * ledger with a small pool, closed afterwards, so holding the pool cannot disturb other tests.
 */
class DatabaseUnavailableIT {

    /**
     * Started as an operator starts it, not as a cached test context: Spring's test cache would pause
     * the shared context of the other tests to run this one, and Axon does not start after a pause.
     */
    private static ConfigurableApplicationContext ledger;

    @BeforeAll
    static void start() {
        ledger = new SpringApplicationBuilder(LedgerApplication.class)
                .run(
                        "--server.port=0",
                        "--ledger.db.ephemeral=true",
                        "--ledger.db.maximum-pool-size=4",
                        "--ledger.security.admin-password=" + LedgerHttp.ADMIN_PASSWORD,
                        "--ledger.security.writes-per-minute=0",
                        "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stop() {
        if (ledger != null) {
            ledger.close();
        }
    }

    @Test
    void an_exhausted_connection_pool_is_503_with_retry_after_and_the_ledger_recovers() throws SQLException {
        var http = new LedgerHttp(ledger.getEnvironment());
        var auditor = http.asAuditor("*"); // provisioned while the database is reachable
        var admin = http.asAdmin();
        assertThat(auditor.get("/api/accounts/me").status()).isEqualTo(200);
        var pool = (HikariDataSource) ledger.getBean(DataSource.class);
        var usualTimeout = pool.getHikariConfigMXBean().getConnectionTimeout();
        var held = new ArrayList<Connection>();
        LedgerHttp.Answer byToken;
        LedgerHttp.Answer byPassword;
        try {
            // waits for the processors' connections to come back, then holds every one
            for (int i = 0; i < pool.getHikariConfigMXBean().getMaximumPoolSize(); i++) {
                held.add(pool.getConnection());
            }
            pool.getHikariConfigMXBean().setConnectionTimeout(500);

            byToken = auditor.get("/api/accounts/me");
            byPassword = admin.get("/api/accounts");
        } finally {
            pool.getHikariConfigMXBean().setConnectionTimeout(usualTimeout);
            for (var connection : held) {
                connection.close();
            }
        }

        for (var answer : new LedgerHttp.Answer[] {byToken, byPassword}) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(503);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.retryAfter()).isEqualTo("5");
            assertThat(answer.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:service-unavailable");
            assertThat(answer.body()).doesNotContain("Exception", "Hikari", "SQL", "at org.");
        }
        assertThat(auditor.get("/api/accounts/me").status()).isEqualTo(200);
    }
}
