package org.ecvetledger.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogue;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** Refusals of the access rules over HTTP (issue 10 "done when", ADR 0014). */
@LedgerIT
class AccessRefusalIT {

    private static final String BRANLY = DemoCatalogue.LYCEE_BRANLY.value();
    private static final String MUENCHEN = DemoCatalogue.BERUFSSCHULE.value();
    private static final String ASSESSMENT = """
            {"standard": {"id": "FR-BACPRO-MELEC", "version": 1}, "method": "PRACTICAL_TEST", "setting": "FORMAL",
             "assessedOn": "2025-06-10", "results": [%s], "grades": [{"unit": "U31@1", "grade": 14}],
             "gradingScheme": "0-20"}""".formatted(String.join(
            ", ",
            java.util.stream.Stream.of("LO1", "LO2", "LO3", "LO4", "LO5", "LO6")
                    .map(lo -> "{\"unit\": \"U31@1\", \"learningOutcome\": \"%s\", \"achieved\": true}".formatted(lo))
                    .toList()));

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    LedgerHttp http;
    LedgerHttp registrar;

    @BeforeEach
    void setUp() {
        catalogue.load();
        http = new LedgerHttp(environment);
        registrar = http.asStaff(BRANLY, "Registrar", LedgerHttp.ALL_FUNCTIONS);
    }

    private String anEnrolledLearner(String givenName) {
        var registered = registrar.post("/api/learners", """
                {"givenName": "%s", "familyName": "Access", "dateOfBirth": "2007-02-03"}""".formatted(givenName));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        var learner = registered.json().get("learnerId").asString();
        var enrolled = registrar.postWithHeaders("/api/learners/" + learner + "/enrolments", """
                {"qualification": "FR-BACPRO-MELEC", "version": 1, "enrolledOn": "2024-09-02"}""", Map.of());
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        return learner;
    }

    /**
     * Answered 200 once the read model has caught up with the registration (within seconds); the API
     * description alone took 35 s to build once on a machine loaded by four builds, hence the margin.
     */
    private static void assertReadable(LedgerHttp caller, String path) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(90))
                .untilAsserted(() -> assertThat(caller.get(path).status()).isEqualTo(200));
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    private static void assertDenied(LedgerHttp.Answer answer, String rule) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:access-denied");
        assertThat(answer.json().get("rule").asString()).isEqualTo(rule);
        assertThat(answer.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void staff_without_the_function_a_decision_needs_are_refused_and_nothing_is_written() {
        var learner = anEnrolledLearner("Noé");
        var clerk = http.asStaff(BRANLY, "Clerk", "VALIDATE");
        var before = events();

        var answer = clerk.post("/api/learners/" + learner + "/assessments", ASSESSMENT);

        assertDenied(answer, "decision-assess");
        assertThat(answer.json().get("detail").asString()).contains("ASSESS", BRANLY);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void an_institution_without_the_function_for_the_standard_is_refused_by_the_ledger_rules() {
        var learner = anEnrolledLearner("Ines");
        // the account holds every function, its institution (in Malta) holds none for the French standard
        var outsider = http.asStaff(DemoCatalogue.MCAST.value(), "Assessor", LedgerHttp.ALL_FUNCTIONS);
        var before = events();

        var answer = outsider.post("/api/learners/" + learner + "/assessments", ASSESSMENT);

        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:rule-violated");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_learner_reads_their_own_records_and_never_another_learners() {
        var amelie = anEnrolledLearner("Amélie");
        var bruno = anEnrolledLearner("Bruno");
        var asAmelie = http.asLearner(amelie);

        assertReadable(asAmelie, "/api/learners/" + amelie);
        assertDenied(asAmelie.get("/api/learners/" + bruno), "learner-record-read");
        assertDenied(asAmelie.get("/api/learners/" + bruno + "/transcript"), "learner-record-read");
        assertDenied(asAmelie.get("/api/learners/" + bruno + "/enrolments"), "learner-record-read");
        assertDenied(asAmelie.get("/api/learners/" + bruno + "/audit-trail"), "learner-record-read");
    }

    @Test
    void a_learner_changes_neither_another_learners_records_nor_their_own() {
        var amelie = anEnrolledLearner("Amélie");
        var bruno = anEnrolledLearner("Bruno");
        var asAmelie = http.asLearner(amelie);
        var before = events();

        assertDenied(asAmelie.post("/api/learners/" + bruno + "/assessments", ASSESSMENT), "decision-assess");
        assertDenied(asAmelie.post("/api/learners/" + amelie + "/assessments", ASSESSMENT), "decision-assess");
        assertDenied(asAmelie.post("/api/learners/" + bruno + "/enrolments", """
                        {"qualification": "FR-BACPRO-MELEC", "version": 1, "enrolledOn": "2024-09-02"}"""), "learner-enrolment");
        assertDenied(asAmelie.post("/api/learners/" + bruno + "/erasure", ""), "learner-erasure");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void staff_of_an_unrelated_institution_and_an_auditor_out_of_scope_do_not_read_a_learner() {
        var learner = anEnrolledLearner("Chloé");

        assertDenied(
                http.asStaff(MUENCHEN, "Nosy", LedgerHttp.ALL_FUNCTIONS).get("/api/learners/" + learner),
                "learner-record-read");
        assertDenied(http.asAuditor("DE", "IT").get("/api/learners/" + learner + "/transcript"), "learner-record-read");
        assertReadable(http.asAuditor("FR"), "/api/learners/" + learner);
        assertReadable(http.asStaff(BRANLY, "Teacher"), "/api/learners/" + learner);
    }

    @Test
    void every_read_of_a_learners_records_is_logged_and_listed_to_the_learner_and_auditors_only() {
        var learner = anEnrolledLearner("Gaëlle");
        var teacher = http.asStaff(BRANLY, "Teacher of Gaëlle");
        assertReadable(teacher, "/api/learners/" + learner + "/transcript");
        assertDenied(http.asStaff(MUENCHEN, "Nosy").get("/api/learners/" + learner), "learner-record-read");

        var reads = http.asLearner(learner).get("/api/learners/" + learner + "/reads");

        assertThat(reads.status()).as(reads.body()).isEqualTo(200);
        var first = reads.json().get(0);
        assertThat(first.get("resource").asString()).isEqualTo("GET /api/learners/" + learner + "/transcript");
        assertThat(first.get("role").asString()).isEqualTo("STAFF");
        assertThat(first.get("institution").asString()).isEqualTo(BRANLY);
        assertThat(first.get("readAt").asString()).isNotBlank();
        assertThat(reads.body()).as("a refused read is no read").doesNotContain(MUENCHEN);
        assertReadable(http.asAuditor("FR"), "/api/learners/" + learner + "/reads");
        assertDenied(teacher.get("/api/learners/" + learner + "/reads"), "read-audit");
        assertDenied(
                http.asLearner(anEnrolledLearner("Hector")).get("/api/learners/" + learner + "/reads"), "read-audit");
    }

    @Test
    void an_auditor_reads_but_never_writes() {
        var learner = anEnrolledLearner("Dora");
        var auditor = http.asAuditor("*");
        var before = events();

        assertReadable(auditor, "/api/learners/" + learner + "/audit-trail");
        assertDenied(auditor.post("/api/learners/" + learner + "/assessments", ASSESSMENT), "decision-assess");
        assertDenied(auditor.post("/api/learners", """
                {"givenName": "Eve", "familyName": "Audit", "dateOfBirth": "2007-02-03"}"""), "learner-registration");
        assertDenied(auditor.post("/api/institutions", "{}"), "manage-institutions");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void the_platform_administrator_manages_accounts_but_records_no_decision_and_reads_no_learner() {
        var learner = anEnrolledLearner("Émile");
        var admin = http.asAdmin();
        var before = events();

        assertDenied(admin.post("/api/learners/" + learner + "/assessments", ASSESSMENT), "decision-assess");
        assertDenied(admin.post("/api/learners/" + learner + "/awards", "{}"), "decision-award");
        assertDenied(admin.get("/api/learners/" + learner), "learner-record-read");
        assertThat(events()).isEqualTo(before);
        assertReadable(admin, "/api/accounts");
    }

    @Test
    void a_forged_acting_institution_is_refused_naming_the_header() {
        var learner = anEnrolledLearner("Fanny");
        var officer = http.asStaff(BRANLY, "Officer", LedgerHttp.ALL_FUNCTIONS);
        var before = events();

        var forged = officer.postWithHeaders(
                "/api/learners/" + learner + "/assessments",
                ASSESSMENT,
                Map.of("X-Acting-Institution", MUENCHEN, "X-Acting-Person", "Officer"));

        assertDenied(forged, "acting-institution-is-the-caller");
        assertThat(forged.json().get("header").asString()).isEqualTo("X-Acting-Institution");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void without_an_account_the_api_answers_401_with_its_challenges_and_public_resources_stay_open() {
        var anonymous = http.anonymous();

        var answer = anonymous.get("/api/institutions");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:unauthenticated");
        assertThat(anonymous.challenges("/api/institutions")).anyMatch(c -> c.startsWith("Basic"));
        assertThat(anonymous.challenges("/api/institutions")).anyMatch(c -> c.startsWith("Bearer"));
        assertThat(http.as("admin", "not-the-password").get("/api/institutions").status())
                .isEqualTo(401);
        assertThat(http.withToken("ecvl_forged").get("/api/institutions").status())
                .isEqualTo(401);

        assertReadable(anonymous, "/actuator/health");
        assertReadable(anonymous, "/v3/api-docs");
        assertThat(anonymous.getBytes("/swagger-ui/index.html", "text/html").status())
                .isEqualTo(200);
        assertReadable(anonymous, "/.well-known/jwks.json");
    }

    @Test
    void a_method_a_resource_does_not_have_is_405_naming_the_methods_it_has() {
        var learner = anEnrolledLearner("Iris");

        var answer = registrar.request("DELETE", "/api/learners/" + learner, null, Map.of());

        assertThat(answer.status()).as(answer.body()).isEqualTo(405);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:method-not-allowed");
    }

    @Test
    void an_api_token_is_shown_once_stored_only_as_its_hash_and_signs_in() {
        var admin = http.asAdmin();
        var created = admin.post("/api/accounts", """
                {"name": "sis-connector", "displayName": "Student information system", "role": "STAFF",
                 "institution": "%s", "functions": ["ASSESS"]}""".formatted(BRANLY));
        assertThat(created.status()).as(created.body()).isIn(201, 409);
        var issued = admin.post("/api/accounts/sis-connector/tokens", """
                {"label": "nightly import"}""");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        var token = issued.json().get("token").asString();

        assertThat(token).startsWith("ecvl_");
        assertThat(jdbc.queryForObject(
                        "select count(*) from access_api_token where token_sha256 = ?",
                        Long.class,
                        Accounts.sha256(token)))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from access_api_token where token_sha256 = ?", Long.class, token))
                .isZero();
        var me = http.withToken(token).get("/api/accounts/me");
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().get("institution").asString()).isEqualTo(BRANLY);
        assertThat(me.body()).doesNotContain("password", "token");
    }

    @Test
    void passwords_are_stored_as_modern_hashes_and_a_bad_account_is_named_field_by_field() {
        var admin = http.asAdmin();
        var created = admin.post("/api/accounts", """
                {"name": "auditor-fr-1", "displayName": "Cour des comptes", "password": "correct horse battery",
                 "role": "AUDITOR", "jurisdictions": ["FR"]}""");
        assertThat(created.status()).as(created.body()).isIn(201, 409);
        assertThat(jdbc.queryForObject(
                        "select password_hash from access_account where name = 'auditor-fr-1'", String.class))
                .startsWith("{bcrypt}$2");
        assertReadable(http.as("auditor-fr-1", "correct horse battery"), "/api/accounts/me");

        var bad = admin.post("/api/accounts", """
                {"name": "x y", "displayName": "", "role": "STAFF", "learner": "0190a0b0-0000-7000-8000-000000000001"}""");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("name", "displayName");
    }
}
