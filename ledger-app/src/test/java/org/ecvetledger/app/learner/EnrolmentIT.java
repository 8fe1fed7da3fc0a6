package org.ecvetledger.app.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

/** Enrolment in a qualification standard version: one pathway per learner and qualification (ADR 0005). */
@LedgerIT
class EnrolmentIT {

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader demoCatalogue;

    LedgerHttp http;
    String learnerId;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp(environment);
        demoCatalogue.load();
        learnerId = http.post("/api/learners", """
                        {"givenName": "Léa", "familyName": "Moreau", "dateOfBirth": "2006-05-17"}""").json().get("learnerId").asString();
    }

    @Test
    void a_learner_is_enrolled_in_a_published_standard_version_and_sees_it() {
        var answer = enrol(learnerId, "FR-BACPRO-MELEC", 1, "FR-LYCEE-BRANLY", "2024-09-02");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.location()).isEqualTo("/api/learners/" + learnerId + "/enrolments/FR-BACPRO-MELEC");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> http.get("/api/learners/" + learnerId + "/enrolments")
                                .json()
                                .size()
                        == 1);
        var enrolment =
                http.get("/api/learners/" + learnerId + "/enrolments").json().get(0);
        assertThat(enrolment.get("qualification").asString()).isEqualTo("FR-BACPRO-MELEC");
        assertThat(enrolment.get("version").asInt()).isEqualTo(1);
        assertThat(enrolment.get("enrolledBy").asString()).isEqualTo("FR-LYCEE-BRANLY");
        assertThat(enrolment.get("enrolledOn").asString()).isEqualTo("2024-09-02");
    }

    @Test
    void a_learner_may_pursue_several_qualifications_but_has_one_pathway_per_qualification() {
        assertThat(enrol(learnerId, "FR-BACPRO-MELEC", 1, "FR-LYCEE-BRANLY", "2024-09-02")
                        .status())
                .isEqualTo(201);
        assertThat(enrol(learnerId, "MT-HSC-MQF4", 1, "MT-MCAST", "2025-01-06").status())
                .isEqualTo(201);
        var events = countEvents();

        var again = enrol(learnerId, "FR-BACPRO-MELEC", 2, "FR-LYCEE-BRANLY", "2025-09-01");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(countEvents()).isEqualTo(events);
    }

    @Test
    void only_registered_learners_and_published_standards_take_enrolments_and_nothing_is_written_otherwise() {
        var events = countEvents();

        var unknownLearner =
                enrol("01a21e00-0000-7000-8000-0000000000ff", "FR-BACPRO-MELEC", 1, "FR-LYCEE-BRANLY", "2024-09-02");
        var unknownStandard = enrol(learnerId, "NO-SUCH-STANDARD", 1, "FR-LYCEE-BRANLY", "2024-09-02");
        var unknownInstitution = enrol(learnerId, "FR-BACPRO-MELEC", 1, "NOBODY", "2024-09-02");

        assertThat(unknownLearner.status()).isEqualTo(422);
        assertThat(unknownLearner.json().get("rule").asString()).isEqualTo("unknown-learner");
        assertThat(unknownStandard.status()).isEqualTo(422);
        assertThat(unknownStandard.json().get("rule").asString()).isEqualTo("standard-not-published");
        assertThat(unknownInstitution.status()).isEqualTo(422);
        assertThat(unknownInstitution.json().get("rule").asString()).isEqualTo("unknown-institution");
        assertThat(countEvents()).isEqualTo(events);
    }

    @Test
    void every_bad_field_is_named() {
        var answer = http.postWithHeaders(
                "/api/learners/" + learnerId + "/enrolments",
                """
                {"qualification": "has space", "version": 0, "enrolledOn": "02/09/2024"}""",
                java.util.Map.of("X-Acting-Institution", "FR-LYCEE-BRANLY", "X-Acting-Person", "Registrar"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer.json())).containsExactly("enrolledOn:format", "version:min");

        // nobody signed in: refused before the body is read (ADR 0014)
        var withoutActing = http.anonymous().post("/api/learners/" + learnerId + "/enrolments", """
                {"qualification": "FR-BACPRO-MELEC", "version": 1, "enrolledOn": "2024-09-02"}""");
        assertThat(withoutActing.status()).isEqualTo(401);
    }

    private LedgerHttp.Answer enrol(String learner, String qualification, int version, String by, String on) {
        return http.postWithHeaders(
                "/api/learners/" + learner + "/enrolments",
                """
                {"qualification": "%s", "version": %d, "enrolledOn": "%s"}""".formatted(qualification, version, on),
                java.util.Map.of("X-Acting-Institution", by, "X-Acting-Person", "Registrar"));
    }

    private long countEvents() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    private static List<String> fields(JsonNode problem) {
        var fields = new ArrayList<String>();
        problem.get("errors")
                .forEach(e -> fields.add(
                        e.get("field").asString() + ":" + e.get("rule").asString()));
        return fields;
    }
}
