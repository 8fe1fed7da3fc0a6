package org.ecvetledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded default keeps its data: a learner registered before a stop is there after a start
 * on the same data directory. Runs the real application twice, as root where CI runs as root.
 */
class LedgerRestartIT {

    private Path dataDir;

    @AfterEach
    void removeDataDir() throws IOException {
        if (dataDir != null) {
            try (var paths = Files.walk(dataDir)) {
                paths.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void a_learner_registered_before_a_restart_is_still_there_after_it() throws IOException {
        dataDir = Files.createTempDirectory("ledger-restart-");

        String learnerId;
        try (var first = start()) {
            // zonky's speed defaults would acknowledge commits that a power cut can still lose
            var jdbc = first.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class))
                    .isEqualTo("on");
            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show full_page_writes", String.class))
                    .isEqualTo("on");
            var http = http(first);
            var created = http.post("/api/learners", """
                    {"givenName": "Mateus", "familyName": "Costa", "dateOfBirth": "2004-11-30"}""");
            assertThat(created.status()).isEqualTo(201);
            learnerId = created.json().get("learnerId").asString();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> http.get("/api/learners/" + learnerId).status() == 200);
        }
        assertThat(dataDir.resolve("postgres/postgresql.conf")).exists();

        try (var second = start()) {
            var learner = http(second).get("/api/learners/" + learnerId);

            assertThat(learner.status()).isEqualTo(200);
            assertThat(learner.json().get("givenName").asString()).isEqualTo("Mateus");
            assertThat(learner.json().get("familyName").asString()).isEqualTo("Costa");
        }
    }

    private ConfigurableApplicationContext start() {
        // command-line arguments, as an operator would give them: they outrank application.yml
        return new SpringApplicationBuilder(LedgerApplication.class)
                .run(
                        "--server.port=0",
                        "--ledger.db.data-dir=" + dataDir,
                        "--ledger.db.url=",
                        "--ledger.security.admin-password=" + LedgerHttp.ADMIN_PASSWORD,
                        "--spring.main.banner-mode=off");
    }

    private static LedgerHttp http(ConfigurableApplicationContext context) {
        return new LedgerHttp(context.getEnvironment());
    }
}
