package org.ecvetledger.app.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.demo.DemoCatalogue;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Small steps that build MoUs and learning agreements through the API on the demo catalogue: the
 * French lycée (home) and the Munich Berufsschule (host) over BAC PRO MELEC v2013, units U31 and U32.
 * Every {@code @LedgerIT} class shares one database, so each step makes fresh records.
 */
final class MobilitySteps {

    static final String HOME = DemoCatalogue.LYCEE_BRANLY.value();
    static final String HOST = DemoCatalogue.BERUFSSCHULE.value();
    static final String BACPRO = DemoCatalogue.BACPRO_2013.toString();

    private static final AtomicBoolean CATALOGUE_LOADED = new AtomicBoolean();

    private final LedgerHttp http;
    private final JdbcTemplate jdbc;

    MobilitySteps(LedgerHttp http, JdbcTemplate jdbc, DemoCatalogueLoader catalogue) {
        this.http = http;
        this.jdbc = jdbc;
        if (CATALOGUE_LOADED.compareAndSet(false, true)) {
            catalogue.load(); // idempotent; once per test run is enough
        }
    }

    /** MoU terms between home and host over U31 and U32, for mobilities of 14 to 90 days. */
    static String mouTerms(String title, LocalDate validFrom, LocalDate validUntil) {
        return """
                {"title": "%s",
                 "parties": [
                   {"institution": "%s", "areasOfCompetence": "Vocational baccalaureate, Île-de-France",
                    "validationProcedure": "Jury académique", "recognitionProcedure": "Dispense d'épreuve"},
                   {"institution": "%s", "assessmentProcedure": "Assessment by the Berufsschule teacher"}],
                 "scope": [{"standard": "%s", "units": ["U31@1", "U32@1"]}],
                 "validFrom": "%s", "validUntil": "%s",
                 "minimumMobilityDays": 14, "maximumMobilityDays": 90,
                 "reviewDates": ["%s"]}""".formatted(title, HOME, HOST, BACPRO, validFrom, validUntil, validFrom.plusYears(1));
    }

    /** A drafted MoU, valid 2026-01-01 to 2030-08-31; answers its id. */
    String aDraftMou() {
        return draftMou(
                mouTerms("Branly–München electrical trades", LocalDate.of(2026, 1, 1), LocalDate.of(2030, 8, 31)));
    }

    String draftMou(String terms) {
        var answer = http.post("/api/mous", terms);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("memorandumId").asString();
    }

    /** An MoU both parties signed on 2026-06-15: active. */
    String anActiveMou() {
        var mou = aDraftMou();
        signMou(mou, 1, HOME, "2026-06-15");
        signMou(mou, 1, HOST, "2026-06-15");
        return mou;
    }

    LedgerHttp.Answer signMouAnswer(String mou, int version, String party, String signedOn) {
        return http.post("/api/mous/" + mou + "/signatures", """
                {"version": %d, "party": "%s", "signatory": "Signatory of %s", "signedOn": "%s"}""".formatted(version, party, party, signedOn));
    }

    void signMou(String mou, int version, String party, String signedOn) {
        var answer = signMouAnswer(mou, version, party, signedOn);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    /** A registered learner; answers the id. */
    String aLearner(String givenName) {
        var answer = http.post("/api/learners", """
                {"givenName": "%s", "familyName": "Martin", "dateOfBirth": "2008-04-02"}""".formatted(givenName));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("learnerId").asString();
    }

    /** Four weeks in Munich (2027-03-01 to 2027-03-28) on all of U31 and on LO1–LO3 of U32. */
    static String laTerms() {
        return laTerms(HOST, "2027-03-01", "2027-03-28", "U32@1");
    }

    static String laTerms(String host, String start, String end, String secondUnit) {
        return """
                {"home": "%s", "host": "%s", "mobilityStart": "%s", "mobilityEnd": "%s",
                 "qualification": "%s",
                 "plannedUnits": [
                   {"unit": "U31@1"},
                   {"unit": "%s", "learningOutcomes": ["LO1", "LO2", "LO3"]}],
                 "learningActivities": "Wiring of a workshop distribution board with the host's electricians",
                 "assessmentArrangements": [
                   {"assessor": "%s", "method": "Practical situation observed by the teacher", "when": "last week"}],
                 "documentation": "Europass Mobility",
                 "validationAndRecognition": "The home jury validates and recognises U31 on return",
                 "priorProgress": ["U11@1", "U12@1"]}""".formatted(HOME, host, start, end, BACPRO, secondUnit, host);
    }

    LedgerHttp.Answer draftAgreementAnswer(String learner, String mou, String terms) {
        return http.post("/api/learning-agreements", """
                {"learner": "%s", "mou": "%s", "terms": %s}""".formatted(learner, mou, terms));
    }

    /** A drafted agreement for a new learner under {@code mou}; answers its id. */
    String aDraftAgreement(String mou) {
        var answer = draftAgreementAnswer(aLearner("Léa"), mou, laTerms());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("learningAgreementId").asString();
    }

    /** An agreement signed by learner, home and host on 2026-10-01 under a new active MoU. */
    String anActiveAgreement() {
        var agreement = aDraftAgreement(anActiveMou());
        signAll(agreement, "2026-10-01");
        return agreement;
    }

    LedgerHttp.Answer signAgreementAnswer(String agreement, int version, String party, String signedOn) {
        return http.post("/api/learning-agreements/" + agreement + "/signatures", """
                {"version": %d, "party": "%s", "signatory": "Signatory for %s", "signedOn": "%s"}""".formatted(
                        version, party, party, signedOn));
    }

    void signAll(String agreement, String signedOn) {
        for (var party : List.of("LEARNER", "HOME", "HOST")) {
            var answer = signAgreementAnswer(agreement, 1, party, signedOn);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        }
    }

    /** The stable names of the events recorded for one MoU or agreement, in order. */
    List<String> events(String aggregateId) {
        return jdbc.queryForList(
                "select event_type from event_log where aggregate_id = ? order by sequence_number",
                String.class,
                aggregateId);
    }

    /** The payload of the last event of that name recorded for one MoU or agreement. */
    String payload(String aggregateId, String eventType) {
        return jdbc.queryForObject(
                "select payload::text from event_log where aggregate_id = ? and event_type = ? "
                        + "order by sequence_number desc limit 1",
                String.class,
                aggregateId,
                eventType);
    }

    long countEvents() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    /** The answer to {@code GET path} once the read model shows it and it satisfies {@code condition}. */
    JsonNode awaitRead(String path, Predicate<JsonNode> condition) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            var answer = http.get(path);
            return answer.status() == 200 && condition.test(answer.json());
        });
        return http.get(path).json();
    }

    /** {@code field:rule} of every entry of a problem's {@code errors}. */
    static List<String> fields(JsonNode problem) {
        var fields = new ArrayList<String>();
        problem.get("errors")
                .forEach(e -> fields.add(
                        e.get("field").asString() + ":" + e.get("rule").asString()));
        return fields;
    }

    /** Asserts a refusal by a ledger rule: the status (409 or 422) and the rule's name. */
    /** Refused by the access rules (ADR 0014): 403, naming the rule. */
    static void assertDenied(LedgerHttp.Answer answer, String rule) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:access-denied");
        assertThat(answer.json().get("rule").asString()).isEqualTo(rule);
    }

    static void assertRefused(LedgerHttp.Answer answer, int status, String rule) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        var problem = answer.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:rule-violated");
        assertThat(problem.get("rule").asString()).isEqualTo(rule);
    }
}
