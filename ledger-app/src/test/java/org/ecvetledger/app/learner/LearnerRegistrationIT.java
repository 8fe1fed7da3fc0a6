package org.ecvetledger.app.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@LedgerIT
class LearnerRegistrationIT {

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    LedgerHttp http;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp(environment);
    }

    @Test
    void a_registered_learner_can_be_read_back() {
        var created = http.post("/api/learners", """
                {"givenName": "Amélie", "familyName": "Dupont", "dateOfBirth": "2006-03-14"}""");

        assertThat(created.status()).isEqualTo(201);
        var learnerId = created.json().get("learnerId").asString();
        assertThat(created.location()).isEqualTo("/api/learners/" + learnerId);

        var learner = awaitLearner(learnerId);
        assertThat(learner.get("givenName").asString()).isEqualTo("Amélie");
        assertThat(learner.get("familyName").asString()).isEqualTo("Dupont");
        assertThat(learner.get("dateOfBirth").asString()).isEqualTo("2006-03-14");
        assertThat(learner.get("personalDataErased").asBoolean()).isFalse();
    }

    @Test
    void the_stored_event_is_json_an_auditor_can_read_and_holds_no_personal_data_in_clear() {
        var learnerId = http.post("/api/learners", """
                {"givenName": "Zuzana", "familyName": "Kovářová", "dateOfBirth": "1999-07-01"}""").json().get("learnerId").asString();

        var row = jdbc.queryForMap("""
                select event_type, event_version, aggregate_type, payload::text as payload, metadata::text as metadata
                from event_log where aggregate_id = ?""", learnerId);

        assertThat(row.get("event_type")).isEqualTo("LearnerRegistered");
        assertThat(row.get("event_version")).isEqualTo("1");
        assertThat(row.get("aggregate_type")).isEqualTo("Learner");
        assertThat((String) row.get("payload"))
                .contains(learnerId, "AES-256-GCM")
                .doesNotContain("Zuzana")
                .doesNotContain("Kovářová")
                .doesNotContain("1999-07-01");
        // the actor is the signed-in registrar's account (ADR 0014), never anonymous
        assertThat((String) row.get("metadata"))
                .contains("\"actorAccount\": \"staff-", "\"actorInstitution\": \"ZZ-LEDGER-TESTS\"", "\"requestId\"")
                .doesNotContain("anonymous");
    }

    @Test
    void a_request_id_sent_by_the_client_is_kept_on_the_event() {
        var answer = http.postWithHeader("/api/learners", """
                {"givenName": "Eva", "familyName": "Berg", "dateOfBirth": "1990-02-02"}""", "X-Request-Id", "req-S-4711");
        var learnerId = answer.json().get("learnerId").asString();

        var metadata = jdbc.queryForObject(
                "select metadata ->> 'requestId' from event_log where aggregate_id = ?", String.class, learnerId);
        assertThat(metadata).isEqualTo("req-S-4711");
    }

    @Test
    void the_acting_institution_and_person_named_by_the_request_are_kept_on_the_event() {
        var answer = http.postWithHeaders(
                "/api/learners",
                """
                        {"givenName": "Eva", "familyName": "Berg", "dateOfBirth": "1990-02-02"}""",
                java.util.Map.of("X-Acting-Institution", "FR-LYCEE-BRANLY", "X-Acting-Person", "L%C3%A9a Moreau"));
        var learnerId = answer.json().get("learnerId").asString();

        var metadata = jdbc.queryForMap("""
                select metadata ->> 'actor' as actor, metadata ->> 'actorInstitution' as institution,
                       metadata ->> 'actorPerson' as person, metadata ->> 'traceId' as trace,
                       metadata ->> 'correlationId' as correlation
                from event_log where aggregate_id = ?""", learnerId);
        assertThat(metadata.get("actor")).isEqualTo("Léa Moreau (FR-LYCEE-BRANLY)");
        assertThat(metadata.get("institution")).isEqualTo("FR-LYCEE-BRANLY");
        assertThat(metadata.get("person")).isEqualTo("Léa Moreau");
        assertThat(metadata.get("trace")).isNotNull();
        assertThat(metadata.get("correlation")).isNotNull();
    }

    @Test
    void every_bad_field_is_named_and_nothing_is_written() {
        var eventsBefore = countEvents();
        var keysBefore = countKeys();

        var answer = http.post("/api/learners", """
                {"givenName": " ", "dateOfBirth": "2999-01-01"}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        var problem = answer.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:invalid-request");
        assertThat(fields(problem))
                .containsExactly("dateOfBirth:in-the-past", "familyName:required", "givenName:required");
        assertThat(countEvents()).isEqualTo(eventsBefore);
        assertThat(countKeys()).isEqualTo(keysBefore);
    }

    @Test
    void a_malformed_date_is_named_together_with_the_other_bad_fields() {
        var answer = http.post("/api/learners", """
                {"givenName": "Ana", "familyName": "", "dateOfBirth": "14/03/2006"}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer.json())).containsExactly("dateOfBirth:format", "familyName:required");
    }

    @Test
    void a_value_of_the_wrong_type_is_named_not_coerced() {
        var answer = http.post("/api/learners", """
                {"givenName": "Ana", "familyName": 42, "dateOfBirth": "2006-03-14"}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer.json())).containsExactly("familyName:type");
    }

    @Test
    void an_unknown_field_is_named_not_ignored() {
        var answer = http.post("/api/learners", """
                {"givenName": "Ana", "familyName": "Silva", "dateOfBirth": "2006-03-14", "nationalId": "X1"}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer.json())).containsExactly("nationalId:unknown-field");
    }

    @Test
    void a_body_that_is_not_json_is_a_problem_not_a_500() {
        var eventsBefore = countEvents();

        var answer = http.post("/api/learners", "{\"givenName\": ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(countEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void an_implausible_date_of_birth_is_named() {
        var answer = http.post("/api/learners", """
                {"givenName": "Ana", "familyName": "Silva", "dateOfBirth": "0206-03-14"}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer.json())).containsExactly("dateOfBirth:not-before");
    }

    @Test
    void a_field_given_twice_is_refused_not_resolved_by_the_last_one() {
        var eventsBefore = countEvents();

        var answer = http.post("/api/learners", """
                {"givenName": "Ana", "givenName": "Eva", "familyName": "Silva", "dateOfBirth": "2006-03-14"}""");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(countEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void asking_for_a_format_the_api_cannot_give_writes_nothing() {
        var eventsBefore = countEvents();

        var answer = http.postWithHeader("/api/learners", """
                {"givenName": "Ana", "familyName": "Silva", "dateOfBirth": "2006-03-14"}""", "Accept", "application/xml");

        assertThat(answer.status()).isEqualTo(406);
        assertThat(countEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void an_unknown_route_is_a_problem_with_a_ledger_problem_type() {
        // no access rule names it, so it is refused before any route is looked for (ADR 0014: default deny)
        var answer = http.get("/api/no-such-thing");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:access-denied");
        assertThat(answer.json().get("rule").asString()).isEqualTo("default-deny");
    }

    @Test
    void an_unknown_learner_is_a_404_problem() {
        var answer = http.get("/api/learners/01a21e00-0000-7000-8000-000000000000");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:not-found");
    }

    @Test
    void a_learner_id_that_is_not_a_uuid_is_named() {
        var answer = http.get("/api/learners/not-a-uuid");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer.json())).containsExactly("learnerId:format");
    }

    private JsonNode awaitLearner(String learnerId) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> http.get("/api/learners/" + learnerId).status() == 200);
        return http.get("/api/learners/" + learnerId).json();
    }

    private static java.util.List<String> fields(JsonNode problem) {
        var fields = new java.util.ArrayList<String>();
        problem.get("errors")
                .forEach(e -> fields.add(
                        e.get("field").asString() + ":" + e.get("rule").asString()));
        return fields;
    }

    private long countEvents() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    private long countKeys() {
        return jdbc.queryForObject("select count(*) from pd_learner_key", Long.class);
    }
}
