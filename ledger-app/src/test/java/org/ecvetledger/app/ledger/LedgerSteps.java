package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.demo.DemoCatalogue;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Small steps that drive the learner ledger through the API on the demo catalogue. Every
 * {@code @LedgerIT} class shares one database, so each step makes fresh learners and records.
 */
final class LedgerSteps {

    static final String BACPRO = "FR-BACPRO-MELEC";
    static final String MALTA = "MT-HSC-MQF4";
    static final String LAZIO_OSS = "IT-LAZIO-OSS";
    static final String BRANLY = DemoCatalogue.LYCEE_BRANLY.value();
    static final String MUENCHEN = DemoCatalogue.BERUFSSCHULE.value();
    static final String MEN = DemoCatalogue.MEN.value();
    static final String MCAST = DemoCatalogue.MCAST.value();
    static final String REGIONE_LAZIO = DemoCatalogue.REGIONE_LAZIO.value();
    static final String ENTE_ROMA = DemoCatalogue.ENTE_ROMA.value();
    static final List<String> SIX_OUTCOMES = List.of("LO1", "LO2", "LO3", "LO4", "LO5", "LO6");
    static final List<String> FOUR_OUTCOMES = List.of("LO1", "LO2", "LO3", "LO4");

    /** Once per application context (its loader), not per JVM: a test may start ledgers of its own (SeveralNodesIT). */
    private static final Set<DemoCatalogueLoader> CATALOGUE_LOADED =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LedgerHttp http;
    private final JdbcTemplate jdbc;

    LedgerSteps(LedgerHttp http, JdbcTemplate jdbc, DemoCatalogueLoader catalogue) {
        this.http = http;
        this.jdbc = jdbc;
        if (CATALOGUE_LOADED.add(catalogue)) {
            catalogue.load(); // idempotent; once per test run is enough
        }
    }

    // --- learners and enrolments

    String aLearner(String givenName) {
        var answer = http.post("/api/learners", """
                {"givenName": "%s", "familyName": "Moreau", "dateOfBirth": "2006-05-17"}""".formatted(givenName));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("learnerId").asString();
    }

    void enrol(String learner, String qualification, String by, String on) {
        var answer = http.postWithHeaders(
                "/api/learners/" + learner + "/enrolments",
                """
                {"qualification": "%s", "version": 1, "enrolledOn": "%s"}""".formatted(qualification, on),
                Map.of("X-Acting-Institution", by, "X-Acting-Person", "Registrar"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    /** A new learner enrolled in version 1 of {@code qualification}. */
    String anEnrolledLearner(String givenName, String qualification, String by) {
        var learner = aLearner(givenName);
        enrol(learner, qualification, by, "2022-09-01");
        return learner;
    }

    // --- the learner ledger's endpoints

    /** {@code POST /api/learners/{learner}/{what}} on behalf of {@code institution}, by a person of it. */
    LedgerHttp.Answer post(String learner, String what, String institution, String json) {
        return postAs(
                learner,
                what,
                Map.of(ActingHeaders.INSTITUTION, institution, ActingHeaders.PERSON, "Officer of " + institution),
                json);
    }

    LedgerHttp.Answer postAs(String learner, String what, Map<String, String> headers, String json) {
        return http.postWithHeaders("/api/learners/" + learner + "/" + what, json, headers);
    }

    /** An assessment body for version 1 of {@code standard}. */
    static String assessment(
            String standard, String assessedOn, List<String> results, Map<String, Integer> grades, String extra) {
        return """
                {"standard": {"id": "%s", "version": 1}, "method": "PRACTICAL_TEST", "setting": "FORMAL",
                 "assessedOn": "%s", "results": [%s], "grades": [%s], "gradingScheme": "0-20"%s}""".formatted(
                        standard,
                        assessedOn,
                        String.join(", ", results),
                        grades.entrySet().stream()
                                .map(g -> "{\"unit\": \"%s\", \"grade\": %d}".formatted(g.getKey(), g.getValue()))
                                .collect(Collectors.joining(", ")),
                        extra == null ? "" : ", " + extra);
    }

    /** Results of {@code outcomes} of one unit, all achieved or all not. */
    static List<String> results(String unit, boolean achieved, List<String> outcomes) {
        return outcomes.stream()
                .map(lo -> "{\"unit\": \"%s\", \"learningOutcome\": \"%s\", \"achieved\": %s}"
                        .formatted(unit, lo, achieved))
                .toList();
    }

    static List<String> results(String unit, boolean achieved, String... outcomes) {
        return results(unit, achieved, Arrays.asList(outcomes));
    }

    @SafeVarargs
    static List<String> all(List<String>... parts) {
        var all = new ArrayList<String>();
        for (var part : parts) {
            all.addAll(part);
        }
        return all;
    }

    LedgerHttp.Answer assess(String learner, String assessor, String body) {
        return post(learner, "assessments", assessor, body);
    }

    /** Records an assessment that must be recorded as credit; answers its id. */
    String assessed(String learner, String assessor, String body) {
        var answer = assess(learner, assessor, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("status").asString()).isEqualTo("recorded");
        return answer.json().get("assessmentId").asString();
    }

    static String validation(String qualification, String unit, List<String> basis, String on, String... outcomes) {
        return """
                {"qualification": "%s", "unit": "%s", "learningOutcomes": [%s], "basis": [%s], "effectiveDate": "%s"}""".formatted(qualification, unit, quoted(Arrays.asList(outcomes)), quoted(basis), on);
    }

    LedgerHttp.Answer validate(
            String learner,
            String validator,
            String qualification,
            String unit,
            List<String> basis,
            String on,
            String... outcomes) {
        return post(learner, "validations", validator, validation(qualification, unit, basis, on, outcomes));
    }

    void validated(String learner, String validator, String qualification, String unit, List<String> basis, String on) {
        var answer = validate(learner, validator, qualification, unit, basis, on);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    LedgerHttp.Answer recognise(String learner, String recogniser, String qualification, String unit, String on) {
        return post(learner, "recognitions", recogniser, """
                {"qualification": "%s", "unit": "%s", "effectiveDate": "%s"}""".formatted(qualification, unit, on));
    }

    void recognised(String learner, String recogniser, String qualification, String unit, String on) {
        var answer = recognise(learner, recogniser, qualification, unit, on);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    /** Assessed (all outcomes achieved, with a grade if given), validated and recognised by {@code institution}. */
    void creditFor(
            String learner,
            String institution,
            String qualification,
            String unit,
            List<String> outcomes,
            Integer grade,
            String on) {
        var grades = new LinkedHashMap<String, Integer>();
        if (grade != null) {
            grades.put(unit, grade);
        }
        var assessment = assessed(
                learner, institution, assessment(qualification, on, results(unit, true, outcomes), grades, null));
        validated(learner, institution, qualification, unit, List.of(assessment), on);
        recognised(learner, institution, qualification, unit, on);
    }

    LedgerHttp.Answer evaluate(String learner, String institution, String qualification, String on) {
        return post(learner, "award-evaluations", institution, """
                {"qualification": "%s", "evaluatedOn": "%s"}""".formatted(qualification, on));
    }

    JsonNode evaluation(String learner, String institution, String qualification, String on) {
        var answer = evaluate(learner, institution, qualification, on);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    LedgerHttp.Answer award(String learner, String awardingBody, String qualification, String on) {
        return post(learner, "awards", awardingBody, """
                {"qualification": "%s", "effectiveDate": "%s", "legalBasis": "Decree of the awarding body"}""".formatted(qualification, on));
    }

    // --- changing the past (issue 6)

    /** {@code POST /api/assessments/{assessment}/{what}} on behalf of {@code institution}. */
    LedgerHttp.Answer onAssessment(String assessment, String what, String institution, String json) {
        return http.postWithHeaders(
                "/api/assessments/" + assessment + "/" + what,
                json,
                Map.of(ActingHeaders.INSTITUTION, institution, ActingHeaders.PERSON, "Officer of " + institution));
    }

    /** The assessment the validation of {@code unit} rests on (its first basis). */
    String basisOf(String learner, String qualification, String unit) {
        return payloads(pathway(learner, qualification), "CreditValidated").stream()
                .filter(v -> unit(v.get("unit")).equals(unit))
                .map(v -> texts(v.get("basis")).get(0))
                .findFirst()
                .orElseThrow();
    }

    // --- mobility: an MoU and a learning agreement between the lycée and the Berufsschule

    /** An MoU over U31 and U32 of BAC PRO v1 signed by both on 2026-06-15; answers its id. */
    String anActiveMou() {
        var answer = http.post("/api/mous", """
                {"title": "Branly–München electrical trades",
                 "parties": [
                   {"institution": "%s", "areasOfCompetence": "Vocational baccalaureate, Île-de-France",
                    "validationProcedure": "Jury académique", "recognitionProcedure": "Dispense d'épreuve"},
                   {"institution": "%s", "assessmentProcedure": "Assessment by the Berufsschule teacher"}],
                 "scope": [{"standard": "%s@1", "units": ["U31@1", "U32@1"]}],
                 "validFrom": "2026-01-01", "validUntil": "2030-08-31",
                 "minimumMobilityDays": 14, "maximumMobilityDays": 90,
                 "reviewDates": ["2027-01-01"]}""".formatted(BRANLY, MUENCHEN, BACPRO));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        var mou = answer.json().get("memorandumId").asString();
        for (var party : List.of(BRANLY, MUENCHEN)) {
            var signed = http.post("/api/mous/" + mou + "/signatures", """
                    {"version": 1, "party": "%s", "signatory": "Head of %s", "signedOn": "2026-06-15"}""".formatted(party, party));
            assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        }
        return mou;
    }

    /**
     * A learning agreement of {@code learner} under {@code mou}: four weeks in Munich in March 2027,
     * all of U31 and LO1–LO3 of U32; signed by learner, home and host on 2026-10-01 when {@code signed}.
     */
    String aLearningAgreement(String learner, String mou, boolean signed) {
        var answer =
                http.post("/api/learning-agreements", """
                {"learner": "%s", "mou": "%s", "terms": {
                   "home": "%s", "host": "%s", "mobilityStart": "2027-03-01", "mobilityEnd": "2027-03-28",
                   "qualification": "%s@1",
                   "plannedUnits": [{"unit": "U31@1"}, {"unit": "U32@1", "learningOutcomes": ["LO1", "LO2", "LO3"]}],
                   "assessmentArrangements": [{"assessor": "%s", "method": "Practical situation observed by the teacher"}],
                   "documentation": "Europass Mobility",
                   "validationAndRecognition": "The home jury validates and recognises on return"}}""".formatted(learner, mou, BRANLY, MUENCHEN, BACPRO, MUENCHEN));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        var agreement = answer.json().get("learningAgreementId").asString();
        if (signed) {
            for (var party : List.of("LEARNER", "HOME", "HOST")) {
                var sign =
                        http.post("/api/learning-agreements/" + agreement + "/signatures", """
                        {"version": 1, "party": "%s", "signatory": "Signatory for %s", "signedOn": "2026-10-01"}""".formatted(party, party));
                assertThat(sign.status()).as(sign.body()).isEqualTo(200);
            }
        }
        return agreement;
    }

    LedgerHttp.Answer completeAgreement(String agreement, String outstanding) {
        return http.post("/api/learning-agreements/" + agreement + "/completion", """
                {"completedOn": "2027-04-06", "outstanding": [%s]}""".formatted(outstanding));
    }

    // --- the event store

    static String pathway(String learner, String qualification) {
        return learner + "/" + qualification;
    }

    /** The stable names of the events of one stream, in order. */
    List<String> events(String aggregateId) {
        return jdbc.queryForList(
                "select event_type from event_log where aggregate_id = ? order by sequence_number",
                String.class,
                aggregateId);
    }

    /** Every payload of that event type in one stream, in order. */
    List<JsonNode> payloads(String aggregateId, String eventType) {
        return jdbc
                .queryForList(
                        "select payload::text from event_log where aggregate_id = ? and event_type = ? "
                                + "order by sequence_number",
                        String.class,
                        aggregateId,
                        eventType)
                .stream()
                .map(JSON::readTree)
                .toList();
    }

    /** The only payload of that event type in one stream. */
    JsonNode payload(String aggregateId, String eventType) {
        var payloads = payloads(aggregateId, eventType);
        assertThat(payloads).as(eventType + " of " + aggregateId).hasSize(1);
        return payloads.get(0);
    }

    long countEvents() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    // --- reading answers and payloads

    /** A number in a payload, written bare or as a value object ({@code {"value": 30}}); null stays null. */
    static BigDecimal number(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isObject() ? node.get("value").decimalValue() : node.decimalValue();
    }

    /** {@code CODE@VERSION} of a unit in a payload. */
    static String unit(JsonNode unit) {
        return unit.get("code").get("value").asString() + "@"
                + unit.get("version").asInt();
    }

    static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(node -> texts.add(node.isObject() ? node.get("value").asString() : node.asString()));
        return texts;
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
    static JsonNode assertRefused(LedgerHttp.Answer answer, int status, String rule) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        var problem = answer.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:rule-violated");
        assertThat(problem.get("rule").asString()).isEqualTo(rule);
        return problem;
    }

    static void assertNotFound(LedgerHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:not-found");
    }

    static String quoted(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
    }

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
