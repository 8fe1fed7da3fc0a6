package org.ecvetledger.app.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.ecvetledger.app.LedgerHttp;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Small steps that build catalogue entries through the API, each with fresh ids and codes: every
 * {@code @LedgerIT} class shares one database.
 */
final class CatalogueSteps {

    private final LedgerHttp http;
    private final JdbcTemplate jdbc;

    CatalogueSteps(LedgerHttp http, JdbcTemplate jdbc) {
        this.http = http;
        this.jdbc = jdbc;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** A registered institution in {@code jurisdiction}; answers its id. */
    String anInstitution(String jurisdiction) {
        var id = unique("INST");
        var answer = http.post("/api/institutions", """
                {"institutionId": "%s", "legalName": "Istituto %s", "jurisdiction": "%s", "kind": "SCHOOL"}""".formatted(id, id, jurisdiction));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return id;
    }

    /** A draft unit, version 1, owned by {@code owner}, with learning outcomes LO1 and LO2; answers its code. */
    String aDraftUnit(String owner) {
        var code = unique("U");
        var answer = http.post("/api/units", unitBody(code, owner, "Installer un réseau", "Install a network"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return code;
    }

    /** A published unit, version 1; answers its code. */
    String aPublishedUnit(String owner) {
        var code = aDraftUnit(owner);
        var answer = http.post("/api/units/" + code + "/versions/1/publish", """
                {"effectiveFrom": "2026-09-01"}""");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return code;
    }

    static String unitBody(String code, String owner, String french, String english) {
        return """
                {"code": "%s", "title": {"fr": "%s", "en": "%s"},
                 "learningOutcomes": [
                   {"id": "LO1", "description": {"en": "Reads a wiring diagram"}, "category": "KNOWLEDGE"},
                   {"id": "LO2", "description": {"en": "Wires a distribution board"}, "category": "SKILLS",
                    "escoSkill": "http://data.europa.eu/esco/skill/0f3b9a3c-4d41-4a0a-9d9d-2f4d4b7e4c11"}],
                 "assessmentCriteria": ["The board passes the insulation test"],
                 "eqfLevels": [4], "validity": "P5Y", "owner": "%s"}""".formatted(code, french, english, owner);
    }

    /** A draft ECVET standard of 2 reference years (120 points) awarded by {@code awardingBody}; answers its id. */
    String aDraftStandard(String awardingBody) {
        var id = unique("Q");
        var answer = http.post("/api/qualifications", """
                {"id": "%s", "title": {"it": "Operatore elettrico", "en": "Electrical operator"},
                 "jurisdiction": "IT/Lazio", "awardingBodies": ["%s"], "eqfLevel": 3, "nqfLevel": "3",
                 "framework": "ECVET", "totalPoints": 120, "referenceYears": 2,
                 "gradingScale": {"minimum": 0, "maximum": 20}}""".formatted(id, awardingBody));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return id;
    }

    void attach(String standardId, String unitCode, String role, int points) {
        var answer = http.post(
                "/api/qualifications/" + standardId + "/versions/1/units", """
                {"unit": "%s@1", "role": "%s", "points": %d, "coefficient": 2}""".formatted(unitCode, role, points));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    void defineRules(String standardId, String rules) {
        var answer = http.put("/api/qualifications/" + standardId + "/versions/1/award-rules", rules);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    /** The answer to {@code GET path} once the read model shows it (200). */
    JsonNode awaitRead(String path) {
        await().atMost(Duration.ofSeconds(10)).until(() -> http.get(path).status() == 200);
        return http.get(path).json();
    }

    /** Waits until {@code GET path} answers a JSON document that satisfies {@code condition}. */
    JsonNode awaitReadUntil(String path, java.util.function.Predicate<JsonNode> condition) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            var answer = http.get(path);
            return answer.status() == 200 && condition.test(answer.json());
        });
        return http.get(path).json();
    }

    long countEvents() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    /** {@code field:rule} of every entry of a problem's {@code errors}. */
    static List<String> fields(JsonNode problem) {
        var fields = new ArrayList<String>();
        problem.get("errors")
                .forEach(e -> fields.add(
                        e.get("field").asString() + ":" + e.get("rule").asString()));
        return fields;
    }

    static List<String> texts(JsonNode array, String member) {
        var values = new ArrayList<String>();
        array.forEach(item -> values.add(item.get(member).asString()));
        return values;
    }
}
