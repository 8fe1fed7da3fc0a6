package org.ecvetledger.app.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.app.catalogue.CatalogueSteps.fields;
import static org.ecvetledger.app.catalogue.CatalogueSteps.texts;

import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

@LedgerIT
class EquivalenceCatalogueIT {

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    LedgerHttp http;
    CatalogueSteps steps;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp(environment);
        steps = new CatalogueSteps(http, jdbc);
    }

    @Test
    void an_equivalence_is_declared_revised_and_withdrawn_and_keeps_its_history() {
        var body = steps.anInstitution("IT");
        var source = steps.aPublishedUnit(body) + "@1";
        var target = steps.aPublishedUnit(body) + "@1";

        var declared = http.post("/api/equivalences", """
                {"source": "%s", "target": "%s", "coverage": "PARTIAL", "coveredOutcomes": ["LO1"],
                 "basis": "COMPETENCE_MATRIX", "basisReference": "I CARE matrix 2014", "declaredBy": "%s",
                 "effectiveFrom": "2026-01-01"}""".formatted(source, target, body));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        var id = declared.json().get("equivalenceId").asString();
        assertThat(declared.location()).isEqualTo("/api/equivalences/" + id);

        var equivalence = steps.awaitRead("/api/equivalences/" + id);
        assertThat(equivalence.get("version").asInt()).isEqualTo(1);
        assertThat(equivalence.get("source").asString()).isEqualTo(source);
        assertThat(equivalence.get("coveredOutcomes").get(0).asString()).isEqualTo("LO1");
        assertThat(equivalence.get("withdrawal").isNull()).isTrue();

        var found = http.get("/api/equivalences?source=" + source + "&target=" + target)
                .json();
        assertThat(texts(found.get("items"), "equivalenceId")).containsExactly(id);

        var revised = http.post("/api/equivalences/" + id + "/revisions", """
                {"source": "%s", "target": "%s", "coverage": "FULL", "basis": "MOU",
                 "basisReference": "MoU IT-FR 2026", "declaredBy": "%s", "effectiveFrom": "2026-06-01"}""".formatted(source, target, body));
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        var current = steps.awaitReadUntil(
                "/api/equivalences/" + id, e -> e.get("version").asInt() == 2);
        assertThat(current.get("coverage").asString()).isEqualTo("FULL");
        assertThat(current.get("history").size()).isEqualTo(2);

        var withdrawn = http.post("/api/equivalences/" + id + "/withdrawal", """
                {"withdrawnBy": "%s", "effectiveFrom": "2026-12-31", "reason": "MoU ended"}""".formatted(body));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        var ended = steps.awaitReadUntil(
                "/api/equivalences/" + id, e -> !e.get("withdrawal").isNull());
        assertThat(ended.get("withdrawal").get("reason").asString()).isEqualTo("MoU ended");
        assertThat(http.get("/api/equivalences?source=" + source)
                        .json()
                        .get("items")
                        .size())
                .isZero();
        assertThat(texts(
                        http.get("/api/equivalences?source=" + source + "&includeWithdrawn=true")
                                .json()
                                .get("items"),
                        "equivalenceId"))
                .containsExactly(id);

        var again = http.post("/api/equivalences/" + id + "/withdrawal", """
                {"withdrawnBy": "%s", "effectiveFrom": "2027-01-01", "reason": "twice"}""".formatted(body));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("rule").asString()).isEqualTo("equivalence-withdrawn");
    }

    @Test
    void an_equivalence_to_a_unit_the_catalogue_does_not_hold_names_the_rule() {
        var body = steps.anInstitution("IT");
        var source = steps.aPublishedUnit(body) + "@1";

        var answer = http.post("/api/equivalences", """
                {"source": "%s", "target": "NOPE-42@1", "coverage": "FULL", "basis": "REGULATION",
                 "declaredBy": "%s", "effectiveFrom": "2026-01-01"}""".formatted(source, body));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("rule").asString()).isEqualTo("unknown-unit");
    }

    @Test
    void every_bad_field_is_named_and_nothing_is_written() {
        var eventsBefore = steps.countEvents();

        var answer = http.post("/api/equivalences", """
                {"source": "U31", "target": "U32@1", "coverage": "PARTIAL", "basis": "HANDSHAKE",
                 "declaredBy": "", "effectiveFrom": "2026-02-30"}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer.json()))
                .containsExactly("basis:one-of", "declaredBy:required", "effectiveFrom:format", "source:pattern");

        var same = http.post("/api/equivalences", """
                {"source": "U31@1", "target": "U31@1", "coverage": "PARTIAL", "basis": "MOU",
                 "declaredBy": "IT-X", "effectiveFrom": "2026-02-01"}""");
        assertThat(fields(same.json())).containsExactly("coveredOutcomes:required", "target:not-allowed");
        assertThat(steps.countEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void an_unknown_equivalence_is_a_404_problem_and_a_malformed_id_is_named() {
        var unknown = "01a21e00-0000-7000-8000-000000000000";

        assertThat(http.get("/api/equivalences/" + unknown).status()).isEqualTo(404);
        var withdrawal = http.post("/api/equivalences/" + unknown + "/withdrawal", """
                {"withdrawnBy": "IT-X", "effectiveFrom": "2026-01-01", "reason": "none"}""");
        assertThat(withdrawal.status()).isEqualTo(404);
        assertThat(fields(http.get("/api/equivalences/not-a-uuid").json())).containsExactly("equivalenceId:format");
        assertThat(fields(http.get("/api/equivalences?source=U31").json())).containsExactly("source:invalid");
    }
}
