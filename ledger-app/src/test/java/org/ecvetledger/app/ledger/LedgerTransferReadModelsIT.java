package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;
import static org.ecvetledger.app.ledger.LedgerSteps.FOUR_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.MALTA;
import static org.ecvetledger.app.ledger.LedgerSteps.MCAST;
import static org.ecvetledger.app.ledger.LedgerSteps.MEN;
import static org.ecvetledger.app.ledger.LedgerSteps.pathway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A credit transfer (ADR 0013) as the read models show it over HTTP: the receiving pathway's progress
 * counts the unit with the transfer as provenance, and the transcript keeps the source's points beside
 * the receiving unit's line, route TRANSFER.
 */
@LedgerIT
class LedgerTransferReadModelsIT {

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    LedgerHttp http;
    LedgerSteps steps;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp(environment);
        steps = new LedgerSteps(http, jdbc, catalogue);
    }

    @Test
    void S24_the_transferred_unit_counts_in_the_receiving_progress_and_the_transcript_keeps_the_source_30_points() {
        var learner = steps.anEnrolledLearner("Rita", MALTA, MCAST);
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, null, "2024-06-30");
        steps.enrol(learner, BACPRO, BRANLY, "2025-09-01");
        var declared = http.post("/api/equivalences", """
                {"source": "MT-HSC-101@1", "target": "U2@1", "coverage": "FULL", "coveredOutcomes": [],
                 "basis": "COMPETENCE_MATRIX", "basisReference": "Matrix", "declaredBy": "%s",
                 "effectiveFrom": "2024-01-01"}""".formatted(MEN));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        var equivalence = declared.json().get("equivalenceId").asString();
        var transferred = steps.post(learner, "credit-transfers", BRANLY, """
                {"qualification": "%s", "unit": "U2@1", "sourceQualification": "%s", "sourceUnit": "MT-HSC-101@1",
                 "equivalence": "%s", "decisionReference": "DEC-2025/RITA", "effectiveDate": "2025-09-15"}""".formatted(BACPRO, MALTA, equivalence));
        assertThat(transferred.status()).as(transferred.body()).isEqualTo(201);
        var transferEvent = jdbc.queryForObject(
                "select event_id from event_log where aggregate_id = ? and event_type = 'CreditTransferred'",
                String.class,
                pathway(learner, BACPRO));

        var progress = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> get("/api/learners/" + learner + "/progress/" + BACPRO + "?asOf=2025-10-01"),
                        p -> p != null
                                && "RECOGNISED"
                                        .equals(unit(p, "U2@1").get("status").asString()));
        var u2 = unit(progress, "U2@1");
        assertThat(texts(u2.get("eventIds"))).containsExactly(transferEvent);
        var before = get("/api/learners/" + learner + "/progress/" + BACPRO + "?asOf=2025-09-14");
        assertThat(unit(before, "U2@1").get("status").asString()).isEqualTo("MISSING");

        var transcript = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> get("/api/learners/" + learner + "/transcript"),
                        t -> t != null && line(t, BACPRO, "U2@1") != null);
        var source = line(transcript, MALTA, "MT-HSC-101@1");
        assertThat(source.get("points").decimalValue()).isEqualByComparingTo("30");
        assertThat(source.get("transfer").isNull()).isTrue();
        var received = line(transcript, BACPRO, "U2@1");
        assertThat(received.get("route").asString()).isEqualTo("TRANSFER");
        assertThat(received.get("status").asString()).isEqualTo("RECOGNISED");
        assertThat(received.get("points").isNull())
                .as("BAC PRO has no points (R9)")
                .isTrue();
        var transfer = received.get("transfer");
        assertThat(transfer.get("sourceUnit").asString()).isEqualTo("MT-HSC-101@1");
        assertThat(transfer.get("originalPoints").decimalValue()).isEqualByComparingTo("30");
        assertThat(transfer.get("convertedPoints").isNull()).isTrue();
        assertThat(transfer.get("equivalence").asString()).isEqualTo(equivalence);
        assertThat(transfer.get("equivalenceVersion").asInt()).isEqualTo(1);
        assertThat(transfer.get("decisionReference").asString()).isEqualTo("DEC-2025/RITA");
        assertThat(transfer.get("eventId").asString()).isEqualTo(transferEvent);
        // the 30 points are counted once, from the Maltese recognition
        var sources = new ArrayList<String>();
        for (var total : transcript.get("totals")) {
            for (var s : total.get("sources")) {
                sources.add(s.get("unit").asString() + "="
                        + s.get("points").decimalValue().toPlainString());
            }
        }
        assertThat(sources).containsExactly("MT-HSC-101@1=30");
        // the CSV gives the transfer's original values beside the converted ones, as the JSON does
        var csv = http.getBytes("/api/learners/" + learner + "/transcript", "text/csv")
                .text()
                .split("\r\n");
        var header = List.of(csv[0].split(","));
        var row = java.util.Arrays.stream(csv)
                .filter(r -> r.contains("," + BACPRO + ",U2@1,"))
                .findFirst()
                .orElseThrow()
                .split(",", -1);
        assertThat(row[header.indexOf("route")]).isEqualTo("TRANSFER");
        assertThat(row[header.indexOf("points")]).isEmpty();
        assertThat(row[header.indexOf("transferredFrom")]).isEqualTo(MALTA + " MT-HSC-101@1");
        assertThat(row[header.indexOf("originalPoints")]).isEqualTo("30 ECVET");
        assertThat(row[header.indexOf("equivalence")]).isEqualTo(equivalence + " v1");
    }

    private JsonNode get(String path) {
        var answer = http.get(path);
        return answer.status() == 200 ? answer.json() : null;
    }

    private static JsonNode unit(JsonNode progress, String unit) {
        for (var line : progress.get("units")) {
            if (line.get("unit").asString().equals(unit)) {
                return line;
            }
        }
        throw new AssertionError(unit + " is not in " + progress);
    }

    private static JsonNode line(JsonNode transcript, String qualification, String unit) {
        for (var line : transcript.get("units")) {
            if (line.get("unit").asString().equals(unit)
                    && line.get("qualification").asString().equals(qualification)) {
                return line;
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }
}
