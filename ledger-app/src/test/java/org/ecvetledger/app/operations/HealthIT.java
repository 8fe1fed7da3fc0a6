package org.ecvetledger.app.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

@LedgerIT
class HealthIT {

    @Autowired
    Environment environment;

    @Test
    void health_reports_the_database_and_every_event_processor() {
        var http = new LedgerHttp(environment);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> http.get("/actuator/health").status() == 200);

        var health = http.get("/actuator/health").json();

        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/db/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/db/details/database").asString()).isEqualTo("PostgreSQL");
        assertThat(health.at("/components/eventProcessors/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/eventProcessors/details/learner-view/running")
                        .asBoolean())
                .isTrue();
        assertThat(health.at("/components/eventProcessors/details/learner-view/segmentsInError")
                        .asLong())
                .isZero();
    }
}
