package org.ecvetledger.app.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.projections.catalogue.CatalogueReadModel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An event a projector cannot handle is parked in the group's dead-letter queue; the read model goes
 * on with the events behind it instead of stopping (issue 7 item 5).
 */
@LedgerIT
class PoisonEventIT {

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_poison_event_is_parked_and_the_read_model_goes_on_with_the_next_one() {
        var http = new LedgerHttp(environment);
        var group = CatalogueReadModel.PROCESSING_GROUP;
        long parkedBefore = parked(group);
        // the projector's insert of this one institution fails, as a bug or bad data would make it fail
        jdbc.execute("alter table rm_catalogue_institution add constraint poison_for_test"
                + " check (legal_name not like '%POISON%')");
        try {
            var poison = register(http, "POISON");
            await().atMost(Duration.ofSeconds(20)).until(() -> parked(group) > parkedBefore);

            var healthy = register(http, "Istituto");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> http.get("/api/institutions/" + healthy).status() == 200);

            assertThat(http.get("/api/institutions/" + poison).status()).isEqualTo(404);
            assertThat(jdbc.queryForObject(
                            "select count(*) from deadletterentry where processinggroup = ? and aggregateidentifier = ?",
                            Long.class,
                            group,
                            poison))
                    .isEqualTo(1);
            var status = http.get("/api/operations/read-models/" + group).json();
            assertThat(status.get("deadLetters").asLong()).isGreaterThan(parkedBefore);
            assertThat(status.get("state").asString()).isNotEqualTo("ERROR");
            var metric =
                    http.get("/actuator/metrics/" + ReadModelOperations.DEAD_LETTERS_METRIC + "?tag=group:" + group);
            assertThat(metric.json().at("/measurements/0/value").asDouble()).isGreaterThan(parkedBefore);
        } finally {
            jdbc.execute("alter table rm_catalogue_institution drop constraint poison_for_test");
        }
    }

    /**
     * ADR 0025: a read model's handlers run without a savepoint until one fails; then the whole batch
     * is rolled back and retried with a savepoint per event. The events around the poison one, even
     * in the same batch, are recorded, and the poison one is parked once (not once per attempt).
     */
    @Test
    void the_events_around_a_poison_event_are_recorded_once_when_its_batch_is_retried() {
        var http = new LedgerHttp(environment);
        var group = CatalogueReadModel.PROCESSING_GROUP;
        // a marker of this run alone: a rerun must not meet a row an earlier attempt left behind
        var marker = "VENOM" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        jdbc.execute("alter table rm_catalogue_institution add constraint poison_for_batch_test"
                + " check (legal_name not like '%" + marker + "%')");
        try {
            var before = register(http, "Scuola");
            var poison = register(http, marker);
            var after = register(http, "Liceo");
            // the poison event is parked after its batch was rolled back and retried with savepoints
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.queryForObject(
                                    "select count(*) from deadletterentry where processinggroup = ? and aggregateidentifier = ?",
                                    Long.class,
                                    group,
                                    poison)
                            > 0);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> http.get("/api/institutions/" + after).status() == 200
                            && http.get("/api/institutions/" + before).status() == 200);

            assertThat(http.get("/api/institutions/" + poison).status()).isEqualTo(404);
            assertThat(jdbc.queryForObject(
                            "select count(*) from deadletterentry where processinggroup = ? and aggregateidentifier = ?",
                            Long.class,
                            group,
                            poison))
                    .isEqualTo(1);
        } finally {
            jdbc.execute("alter table rm_catalogue_institution drop constraint poison_for_batch_test");
        }
    }

    private long parked(String group) {
        return jdbc.queryForObject("select count(*) from deadletterentry where processinggroup = ?", Long.class, group);
    }

    private static String register(LedgerHttp http, String name) {
        var id = "INST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        var answer = http.post("/api/institutions", """
                {"institutionId": "%s", "legalName": "%s %s", "jurisdiction": "IT", "kind": "SCHOOL"}""".formatted(id, name, id));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return id;
    }
}
