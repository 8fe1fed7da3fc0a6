package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecvetledger.app.ledger.LedgerSteps.assertRefused;
import static org.ecvetledger.app.ledger.LedgerSteps.number;
import static org.ecvetledger.app.ledger.LedgerSteps.pathway;
import static org.ecvetledger.app.ledger.LedgerSteps.results;
import static org.ecvetledger.app.ledger.LedgerSteps.unit;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
 * S23 and S25 over HTTP on standards built for them through the catalogue API: a unit weighed
 * differently in two qualifications (S23), and units of a prevocational scheme carried into a dual
 * qualification while the scheme is awarded as a partial qualification (S25). DOMAIN c6, R8, (j)2.
 */
@LedgerIT
class LedgerTransferScenariosIT {

    private static final String JURISDICTION = "FI";
    /** Holds no function for the Finnish standards. */
    private static final String MEN_OF_ANOTHER_SYSTEM = LedgerSteps.MEN;

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    LedgerHttp http;
    LedgerSteps steps;
    String college;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp(environment);
        steps = new LedgerSteps(http, jdbc, catalogue);
        college = unique("FI-COLLEGE");
        created(http.post("/api/institutions", """
                {"institutionId": "%s", "legalName": "Ammattiopisto %s", "jurisdiction": "%s", "kind": "SCHOOL"}""".formatted(college, college, JURISDICTION)));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static JsonNode created(LedgerHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
        return answer.status() == 200 || answer.body().isBlank() ? null : answer.json();
    }

    /** A published unit with outcomes LO1 and LO2; answers its code. */
    private String aUnit(String title) {
        var code = unique("U");
        created(http.post("/api/units", """
                {"code": "%s", "title": {"en": "%s"},
                 "learningOutcomes": [
                   {"id": "LO1", "description": {"en": "Greets the customer"}, "category": "SKILLS"},
                   {"id": "LO2", "description": {"en": "Records the order"}, "category": "SKILLS"}],
                 "assessmentCriteria": ["Observed at work"], "eqfLevels": [4], "owner": "%s"}""".formatted(code, title, college)));
        created(http.post("/api/units/" + code + "/versions/1/publish", """
                {"effectiveFrom": "2020-01-01"}"""));
        return code;
    }

    /**
     * A published ECVET standard of one reference year (60 points), every unit mandatory with the
     * points given, awarded on all of them; the college holds every function for it.
     */
    private String aStandard(String title, boolean partial, Map<String, Integer> unitPoints) {
        return aStandard(title, partial, unitPoints, "");
    }

    /** As above, with more rules of the rule set after {@code AllMandatoryUnits} ({@code moreRules}: JSON, comma first). */
    private String aStandard(String title, boolean partial, Map<String, Integer> unitPoints, String moreRules) {
        var id = unique("FI-Q");
        created(http.post("/api/qualifications", """
                {"id": "%s", "title": {"en": "%s"}, "jurisdiction": "%s", "awardingBodies": ["%s"], "eqfLevel": 4,
                 "framework": "ECVET", "totalPoints": 60, "referenceYears": 1, "partialQualification": %s,
                 "gradingScale": {"minimum": 1, "maximum": 5}}""".formatted(id, title, JURISDICTION, college, partial)));
        unitPoints.forEach((unit, points) ->
                created(http.post("/api/qualifications/" + id + "/versions/1/units", """
                {"unit": "%s@1", "role": "MANDATORY", "points": %d}""".formatted(unit, points))));
        assertThat(http.put("/api/qualifications/" + id + "/versions/1/award-rules", """
                        {"rules": [{"rule": "AllMandatoryUnits"}%s]}""".formatted(moreRules))
                        .status())
                .isEqualTo(200);
        created(http.post("/api/qualifications/" + id + "/versions/1/publish", """
                {"effectiveFrom": "2020-01-01"}"""));
        for (var function : List.of("ASSESS", "VALIDATE", "RECOGNISE", "AWARD")) {
            created(http.post(
                    "/api/institutions/" + college + "/functions", """
                    {"function": "%s", "standard": "%s", "jurisdiction": "%s", "effectiveFrom": "2020-01-01"}""".formatted(function, id, JURISDICTION)));
        }
        return id;
    }

    private String anEquivalence(String source, String target, String coverage, String outcomes) {
        return created(http.post("/api/equivalences", """
                        {"source": "%s@1", "target": "%s@1", "coverage": "%s", "coveredOutcomes": [%s],
                         "basis": "COMPETENCE_MATRIX", "basisReference": "ESYCQ matrix", "declaredBy": "%s",
                         "effectiveFrom": "2020-01-01"}""".formatted(source, target, coverage, outcomes, college)))
                .get("equivalenceId")
                .asString();
    }

    /** Assessed (both outcomes, grade 4 of 1–5), validated and recognised in {@code standard}. */
    private void recognised(String learner, String standard, String unit, String on) {
        var assessment = steps.assessed(learner, college, """
                {"standard": {"id": "%s", "version": 1}, "method": "PRACTICAL_TEST", "setting": "FORMAL",
                 "assessedOn": "%s", "results": [%s], "grades": [{"unit": "%s@1", "grade": 4}], "gradingScheme": "1-5"}""".formatted(
                        standard, on, String.join(", ", results(unit + "@1", true, "LO1", "LO2")), unit));
        steps.validated(learner, college, standard, unit + "@1", List.of(assessment), on);
        steps.recognised(learner, college, standard, unit + "@1", on);
    }

    private LedgerHttp.Answer transfer(
            String learner, String standard, String unit, String source, String sourceUnit, String equivalence) {
        return steps.post(learner, "credit-transfers", college, """
                {"qualification": "%s", "unit": "%s@1", "sourceQualification": "%s", "sourceUnit": "%s@1",
                 "equivalence": "%s", "decisionReference": "DEC-%s", "effectiveDate": "2025-09-15"}""".formatted(
                        standard, unit, source, sourceUnit, equivalence, unit));
    }

    private JsonNode progress(String learner, String standard) {
        return http.get("/api/learners/" + learner + "/progress/" + standard).json();
    }

    @Test
    void S23_customer_reception_worth_10_in_the_motorcycle_qualification_counts_15_in_the_car_qualification() {
        var receptionX = aUnit("Customer reception (motorcycles)");
        var repairX = aUnit("Motorcycle repair");
        var receptionY = aUnit("Customer reception (cars)");
        var repairY = aUnit("Car repair");
        var motorcycle = aStandard("Motorcycle mechanic", false, Map.of(receptionX, 10, repairX, 50));
        var car = aStandard("Car mechanic", false, Map.of(receptionY, 15, repairY, 45));
        var equivalence = anEquivalence(receptionX, receptionY, "FULL", "");
        var learner = steps.aLearner("Mikko");
        steps.enrol(learner, motorcycle, college, "2023-09-01");
        recognised(learner, motorcycle, receptionX, "2024-05-20");
        // the learner retrains from X to Y
        steps.enrol(learner, car, college, "2025-09-01");

        var transferred = transfer(learner, car, receptionY, motorcycle, receptionX, equivalence);

        assertThat(transferred.status()).as(transferred.body()).isEqualTo(201);
        var event = steps.payload(pathway(learner, car), "CreditTransferred");
        assertThat(unit(event.get("unit"))).isEqualTo(receptionY + "@1");
        assertThat(number(event.get("points")).intValue())
                .as("the receiving unit's points (R8)")
                .isEqualTo(15);
        assertThat(unit(event.get("sourceUnit"))).isEqualTo(receptionX + "@1");
        assertThat(number(event.get("sourcePoints")).intValue())
                .as("kept side by side")
                .isEqualTo(10);
        assertThat(number(event.get("grade")).intValue())
                .as("same 1–5 scale: the grade carries")
                .isEqualTo(4);
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
            assertThat(progress(learner, car).at("/points/held").decimalValue())
                    .as("Y's progress adds 15")
                    .isEqualByComparingTo("15");
            assertThat(progress(learner, motorcycle).at("/points/held").decimalValue())
                    .as("X stays at 10")
                    .isEqualByComparingTo("10");
        });
        // no double counting within either qualification: the unit is held once in Y
        assertRefused(
                transfer(learner, car, receptionY, motorcycle, receptionX, equivalence), 409, "already-recognised");
        assertRefused(
                steps.recognise(learner, college, car, receptionY + "@1", "2025-09-20"), 409, "already-recognised");
    }

    @Test
    void
            S23_variant_a_partial_equivalence_recognises_the_covered_outcomes_without_points_and_a_targeted_assessment_completes_the_unit() {
        var receptionX = aUnit("Customer reception (motorcycles)");
        var repairX = aUnit("Motorcycle repair");
        var receptionY = aUnit("Customer reception (cars)");
        var repairY = aUnit("Car repair");
        var motorcycle = aStandard("Motorcycle mechanic", false, Map.of(receptionX, 10, repairX, 50));
        var car = aStandard("Car mechanic", false, Map.of(receptionY, 15, repairY, 45));
        var equivalence = anEquivalence(receptionX, receptionY, "PARTIAL", "\"LO1\"");
        var learner = steps.aLearner("Aino");
        steps.enrol(learner, motorcycle, college, "2023-09-01");
        recognised(learner, motorcycle, receptionX, "2024-05-20");
        steps.enrol(learner, car, college, "2025-09-01");

        var transferred = transfer(learner, car, receptionY, motorcycle, receptionX, equivalence);

        assertThat(transferred.status()).as(transferred.body()).isEqualTo(201);
        var event = steps.payload(pathway(learner, car), "CreditTransferred");
        assertThat(event.get("coverage").asString()).isEqualTo("PARTIAL");
        assertThat(LedgerSteps.texts(event.get("coveredOutcomes"))).containsExactly("LO1");
        assertThat(number(event.get("points"))).isNull();
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
            var y = progress(learner, car);
            assertThat(y.at("/points/held").decimalValue()).isEqualByComparingTo("0");
            for (var line : y.get("units")) {
                if (line.get("unit").asString().equals(receptionY + "@1")) {
                    assertThat(line.get("status").asString()).isEqualTo("PART_RECOGNISED");
                }
            }
        });

        // ADR 0023: a targeted assessment of LO2 completes the unit; recognising it before is refused
        var targeted = steps.assessed(learner, college, """
                {"standard": {"id": "%s", "version": 1}, "method": "PRACTICAL_TEST", "setting": "FORMAL",
                 "assessedOn": "2025-10-01", "results": [%s], "grades": [{"unit": "%s@1", "grade": 3}], "gradingScheme": "1-5"}""".formatted(
                        car, String.join(", ", results(receptionY + "@1", true, "LO2")), receptionY));
        assertRefused(
                steps.recognise(learner, college, car, receptionY + "@1", "2025-10-05"), 422, "validation-missing");
        steps.validated(learner, college, car, receptionY + "@1", List.of(targeted), "2025-10-03");

        var recognised = steps.recognise(learner, college, car, receptionY + "@1", "2025-10-05");

        assertThat(recognised.status()).as(recognised.body()).isEqualTo(201);
        var recognition = steps.payload(pathway(learner, car), "UnitRecognised");
        assertThat(number(recognition.get("points")).intValue())
                .as("the receiving unit's points (R8)")
                .isEqualTo(15);
        var partCredit = recognition.get("partCredit").get(0);
        assertThat(partCredit.get("kind").asString()).isEqualTo("TRANSFER");
        assertThat(LedgerSteps.texts(partCredit.get("learningOutcomes"))).containsExactly("LO1");
        assertThat(partCredit.get("decisionReference").asString()).isEqualTo("DEC-" + receptionY);
        var transferEvent = jdbc.queryForObject(
                "select event_id from event_log where aggregate_id = ? and event_type = 'CreditTransferred'",
                String.class,
                pathway(learner, car));
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
            var y = progress(learner, car);
            assertThat(y.at("/points/held").decimalValue()).isEqualByComparingTo("15");
            for (var line : y.get("units")) {
                if (line.get("unit").asString().equals(receptionY + "@1")) {
                    assertThat(line.get("status").asString()).isEqualTo("RECOGNISED");
                    assertThat(LedgerSteps.texts(line.get("eventIds"))).contains(transferEvent);
                }
            }
        });
    }

    @Test
    void S25_prevocational_units_carry_into_the_dual_qualification_and_the_prevocational_scheme_is_awarded_in_part() {
        var metalBasics = aUnit("Metal basics");
        var drilling = aUnit("Drilling");
        var filing = aUnit("Filing");
        var metalWork = aUnit("Metal work");
        var machining = aUnit("Machining");
        var welding = aUnit("Welding");
        var prevocational =
                aStandard("Prevocational metal scheme", true, Map.of(metalBasics, 20, drilling, 20, filing, 20));
        // the dual rule set lets prior credit shorten the training: 6 months a unit, 12 at most (ADR 0024)
        var dual = aStandard("Dual metal worker", false, Map.of(metalWork, 20, machining, 20, welding, 20), """
                , {"rule": "TrainingDurationReduction", "monthsPerUnit": 6, "maximumMonths": 12}""");
        // the equivalence maps the three prevocational units to two dual units
        var basicsToWork = anEquivalence(metalBasics, metalWork, "FULL", "");
        var drillingToMachining = anEquivalence(drilling, machining, "FULL", "");
        var learner = steps.aLearner("Jonas");
        steps.enrol(learner, prevocational, college, "2023-09-01");
        for (var unit : List.of(metalBasics, drilling, filing)) {
            recognised(learner, prevocational, unit, "2024-06-10");
        }
        var partialAward = steps.award(learner, college, prevocational, "2024-06-30");
        assertThat(partialAward.status()).as(partialAward.body()).isEqualTo(201);
        steps.enrol(learner, dual, college, "2024-09-01");

        assertThat(transfer(learner, dual, metalWork, prevocational, metalBasics, basicsToWork)
                        .status())
                .isEqualTo(201);
        assertThat(transfer(learner, dual, machining, prevocational, drilling, drillingToMachining)
                        .status())
                .isEqualTo(201);

        var awarded = steps.payload(pathway(learner, prevocational), "QualificationAwarded");
        assertThat(awarded.get("partialQualification").asBoolean())
                .as("the prevocational scheme is a partial qualification")
                .isTrue();
        assertThat(steps.payloads(pathway(learner, dual), "CreditTransferred"))
                .extracting(
                        t -> unit(t.get("unit")) + " " + number(t.get("points")).intValue())
                .containsExactly(metalWork + "@1 20", machining + "@1 20");
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
            var progress = progress(learner, dual);
            assertThat(progress.at("/points/held").decimalValue()).isEqualByComparingTo("40");
            assertThat(LedgerSteps.texts(progress.at("/mandatory/missing"))).containsExactly(welding + "@1");
        });
        // the welding unit is still to be learnt: the dual award waits for it
        assertThat(steps.award(learner, college, dual, "2025-06-30").status()).isEqualTo(422);

        // the competent body shortens the dual training on the two transferred units
        var tooMuch = reduceTraining(learner, dual, "\"months\": 13, ");
        assertThat(assertRefused(tooMuch, 422, "reduction-exceeds-policy")
                        .get("field")
                        .asString())
                .isEqualTo("months");
        var reduced = reduceTraining(learner, dual, "");
        assertThat(reduced.status()).as(reduced.body()).isEqualTo(201);
        var reduction = steps.payload(pathway(learner, dual), "TrainingDurationReductionRecorded");
        assertThat(reduction.get("months").asInt()).isEqualTo(12);
        assertThat(reduction.get("monthsAllowed").asInt()).isEqualTo(12);
        assertThat(reduction.get("legalBasis").asString()).isEqualTo("BBiG § 8 (1)");
        assertThat(reduction.get("decidedBy").toString()).contains(college);
        var sequences = jdbc.queryForList(
                "select sequence_number from event_log where aggregate_id = ? and event_type = 'CreditTransferred'"
                        + " order by sequence_number",
                Long.class,
                pathway(learner, dual));
        var restsOn = new java.util.ArrayList<String>();
        reduction
                .get("priorCredit")
                .forEach(p ->
                        restsOn.add(unit(p.get("unit")) + " " + p.get("event").asString() + " #"
                                + p.get("pathwaySequence").asLong()));
        assertThat(restsOn)
                .containsExactly(
                        metalWork + "@1 CreditTransferred #" + sequences.get(0),
                        machining + "@1 CreditTransferred #" + sequences.get(1));
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
            var transcript =
                    http.get("/api/learners/" + learner + "/transcript").json();
            JsonNode shortened = null;
            for (var entry : transcript.get("qualifications")) {
                if (entry.get("qualification").asString().equals(dual)) {
                    shortened = entry.get("trainingDurationReduction");
                }
            }
            assertThat(shortened.get("months").asInt()).isEqualTo(12);
            assertThat(LedgerSteps.texts(shortened.get("priorCreditUnits")))
                    .containsExactly(metalWork + "@1", machining + "@1");
            assertThat(shortened.get("legalBasis").asString()).isEqualTo("BBiG § 8 (1)");
        });
        assertRefused(reduceTraining(learner, dual, ""), 409, "duration-already-reduced");
        // the prevocational scheme has no such policy
        assertRefused(reduceTraining(learner, prevocational, ""), 422, "no-duration-reduction-policy");
    }

    private LedgerHttp.Answer reduceTraining(String learner, String standard, String months) {
        return steps.post(learner, "training-duration-reductions", college, """
                {"qualification": "%s", %s"decisionReference": "HWK-2025/44", "legalBasis": "BBiG § 8 (1)",
                 "effectiveDate": "2025-09-20"}""".formatted(standard, months));
    }

    private LedgerHttp.Answer transferRequest(
            String learner, String standard, String unit, String source, String sourceUnit) {
        return steps.post(learner, "transfer-requests", college, """
                {"sourceQualification": "%s", "sourceUnit": "%s@1", "qualification": "%s", "version": 1,
                 "unit": "%s@1", "requestedOn": "2025-09-10"}""".formatted(source, sourceUnit, standard, unit));
    }

    private LedgerHttp.Answer validation(String request, String institution) {
        return http.postWithHeaders(
                "/api/transfer-requests/" + request + "/validation",
                """
                {"decisionReference": "DEC-2025/117", "effectiveDate": "2025-09-15"}""",
                Map.of(ActingHeaders.INSTITUTION, institution, ActingHeaders.PERSON, "Officer of " + institution));
    }

    @Test
    void S23_through_the_transfer_saga_request_equivalence_lookup_validation_then_the_lossless_recognition() {
        var receptionX = aUnit("Customer reception (motorcycles)");
        var repairX = aUnit("Motorcycle repair");
        var receptionY = aUnit("Customer reception (cars)");
        var repairY = aUnit("Car repair");
        var motorcycle = aStandard("Motorcycle mechanic", false, Map.of(receptionX, 10, repairX, 50));
        var car = aStandard("Car mechanic", false, Map.of(receptionY, 15, repairY, 45));
        var equivalence = anEquivalence(receptionX, receptionY, "FULL", "");
        var learner = steps.aLearner("Ville");
        steps.enrol(learner, motorcycle, college, "2023-09-01");
        recognised(learner, motorcycle, receptionX, "2024-05-20");
        steps.enrol(learner, car, college, "2025-09-01");

        var requested = transferRequest(learner, car, receptionY, motorcycle, receptionX);

        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        var request = requested.json().get("transferRequestId").asString();
        var lookup = steps.payload(request, "TransferRequested");
        assertThat(lookup.get("route").asString()).isEqualTo("EQUIVALENCE");
        assertThat(lookup.get("equivalence").get("value").asString()).isEqualTo(equivalence);
        assertThat(lookup.get("coverage").asString()).isEqualTo("FULL");
        assertThat(steps.events(pathway(learner, car)))
                .as("nothing is recognised before the validation")
                .doesNotContain("CreditTransferred");

        assertRefused(validation(request, MEN_OF_ANOTHER_SYSTEM), 422, "not-authorised");
        var validated = validation(request, college);

        assertThat(validated.status()).as(validated.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> steps.events(request).contains("CreditTransferCompleted"));
        assertThat(steps.events(request))
                .containsExactly("TransferRequested", "CreditTransferValidated", "CreditTransferCompleted");
        var transferred = steps.payload(pathway(learner, car), "CreditTransferred");
        assertThat(number(transferred.get("points")).intValue()).isEqualTo(15);
        assertThat(number(transferred.get("sourcePoints")).intValue()).isEqualTo(10);
        assertThat(transferred.get("equivalence").get("value").asString()).isEqualTo(equivalence);
        assertThat(transferred.get("decisionReference").asString()).isEqualTo("DEC-2025/117");
        assertThat(steps.payload(request, "CreditTransferCompleted")
                        .get("recognitionEvent")
                        .asString())
                .isEqualTo("CreditTransferred");
        assertRefused(validation(request, college), 409, "transfer-decided");
    }

    @Test
    void without_an_equivalence_the_transfer_request_waits_for_a_targeted_assessment_and_its_recognition() {
        var receptionX = aUnit("Customer reception (motorcycles)");
        var repairX = aUnit("Motorcycle repair");
        var receptionY = aUnit("Customer reception (cars)");
        var repairY = aUnit("Car repair");
        var motorcycle = aStandard("Motorcycle mechanic", false, Map.of(receptionX, 10, repairX, 50));
        var car = aStandard("Car mechanic", false, Map.of(receptionY, 15, repairY, 45));
        var learner = steps.aLearner("Onni");
        steps.enrol(learner, motorcycle, college, "2023-09-01");
        recognised(learner, motorcycle, receptionX, "2024-05-20");
        steps.enrol(learner, car, college, "2025-09-01");

        var requested = transferRequest(learner, car, receptionY, motorcycle, receptionX);
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        var request = requested.json().get("transferRequestId").asString();
        assertThat(steps.payload(request, "TransferRequested").get("route").asString())
                .isEqualTo("TARGETED_ASSESSMENT");
        assertRefused(validation(request, college), 409, "targeted-assessment-required");

        // the targeted assessment on the receiving unit, then its ordinary validation and recognition
        recognised(learner, car, receptionY, "2025-10-20");

        await().atMost(Duration.ofSeconds(20)).until(() -> steps.events(request).contains("CreditTransferCompleted"));
        assertThat(steps.payload(request, "CreditTransferCompleted")
                        .get("recognitionEvent")
                        .asString())
                .isEqualTo("UnitRecognised");
    }

    @Test
    void a_transfer_request_names_every_bad_field_and_an_unknown_request_is_not_found() {
        var learner = steps.aLearner("Eero");
        var bad = steps.post(learner, "transfer-requests", college, """
                {"sourceQualification": "", "sourceUnit": "U1", "qualification": "Q", "version": 0,
                 "unit": "U2@1", "requestedOn": "yesterday"}""");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(LedgerSteps.fields(bad.json()))
                .contains("sourceQualification:required", "requestedOn:format")
                .anyMatch(f -> f.startsWith("sourceUnit:"))
                .anyMatch(f -> f.startsWith("version:"));
        LedgerSteps.assertNotFound(validation(UUID.randomUUID().toString(), college));
        var notEnrolled = transferRequest(learner, "FI-NOWHERE", "U2", "FI-ELSEWHERE", "U1");
        assertRefused(notEnrolled, 422, "not-enrolled");
    }

    // --- validation by one body, recognition by another (ADR 0022)

    /** A Finnish institution holding only {@code function} for {@code standard}. */
    private String aBodyHolding(String function, String standard) {
        var body = unique("FI-BODY");
        created(http.post("/api/institutions", """
                {"institutionId": "%s", "legalName": "Body %s", "jurisdiction": "%s", "kind": "AGENCY"}""".formatted(body, body, JURISDICTION)));
        created(http.post("/api/institutions/" + body + "/functions", """
                {"function": "%s", "standard": "%s", "jurisdiction": "%s", "effectiveFrom": "2020-01-01"}""".formatted(function, standard, JURISDICTION)));
        return body;
    }

    private LedgerHttp.Answer validationLeavingTheRecognition(String request, String institution) {
        return http.postWithHeaders(
                "/api/transfer-requests/" + request + "/validation",
                """
                {"decisionReference": "VAL-2025/8", "effectiveDate": "2025-09-15", "recognitionFollows": true}""",
                Map.of(ActingHeaders.INSTITUTION, institution, ActingHeaders.PERSON, "Officer of " + institution));
    }

    private LedgerHttp.Answer recognition(String request, String institution, String body) {
        return http.postWithHeaders(
                "/api/transfer-requests/" + request + "/recognition",
                body,
                Map.of(ActingHeaders.INSTITUTION, institution, ActingHeaders.PERSON, "Officer of " + institution));
    }

    /** The ids of the requests awaiting a decision of {@code institution}. */
    private List<String> pending(String institution) {
        var answer = http.get("/api/institutions/" + institution + "/transfer-requests");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        var ids = new java.util.ArrayList<String>();
        answer.json().forEach(r -> ids.add(r.get("transferRequestId").asString()));
        return ids;
    }

    /** The request as the read model answers it, once it shows {@code state}. */
    private JsonNode requestIn(String request, String state) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            var answer = http.get("/api/transfer-requests/" + request);
            return answer.status() == 200
                    && answer.json().get("state").asString().equals(state);
        });
        return http.get("/api/transfer-requests/" + request).json();
    }

    @Test
    void S23_validation_and_recognition_by_two_bodies() {
        var receptionX = aUnit("Customer reception (motorcycles)");
        var repairX = aUnit("Motorcycle repair");
        var receptionY = aUnit("Customer reception (cars)");
        var repairY = aUnit("Car repair");
        var motorcycle = aStandard("Motorcycle mechanic", false, Map.of(receptionX, 10, repairX, 50));
        var car = aStandard("Car mechanic", false, Map.of(receptionY, 15, repairY, 45));
        var equivalence = anEquivalence(receptionX, receptionY, "FULL", "");
        var validator = aBodyHolding("VALIDATE", car);
        var recogniser = aBodyHolding("RECOGNISE", car);
        var learner = steps.aLearner("Kalle");
        steps.enrol(learner, motorcycle, college, "2023-09-01");
        recognised(learner, motorcycle, receptionX, "2024-05-20");
        steps.enrol(learner, car, college, "2025-09-01");
        var requested = transferRequest(learner, car, receptionY, motorcycle, receptionX);
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        var request = requested.json().get("transferRequestId").asString();
        assertThat(requestIn(request, "REQUESTED").get("route").asString()).isEqualTo("EQUIVALENCE");
        // the grants are projected in their own segment: wait for them as for the request
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(pending(validator))
                        .as("awaits a body holding validate")
                        .contains(request));
        assertThat(pending(recogniser)).doesNotContain(request);

        // a body holding only validate cannot decide both, nor recognise, but may validate and leave it
        assertRefused(validation(request, validator), 422, "not-authorised");
        assertRefused(recognition(request, recogniser, """
                        {"decisionReference": "REC-2025/31", "effectiveDate": "2025-09-20"}"""), 409, "transfer-not-validated");
        var validated = validationLeavingTheRecognition(request, validator);
        assertThat(validated.status()).as(validated.body()).isEqualTo(201);
        var waiting = requestIn(request, "VALIDATED");
        assertThat(waiting.get("recognitionFollows").asBoolean()).isTrue();
        assertThat(waiting.at("/validated/institution").asString()).isEqualTo(validator);
        assertThat(waiting.at("/validated/decisionReference").asString()).isEqualTo("VAL-2025/8");
        assertThat(waiting.get("recognised").isNull()).isTrue();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(pending(recogniser))
                        .as("awaits a body holding recognise")
                        .contains(request));
        assertThat(pending(validator)).doesNotContain(request);
        assertThat(steps.events(pathway(learner, car)))
                .as("nothing is recognised before the second body's recognition")
                .doesNotContain("CreditTransferred");

        assertRefused(recognition(request, validator, """
                        {"decisionReference": "REC-2025/31", "effectiveDate": "2025-09-20"}"""), 422, "not-authorised");
        assertRefused(recognition(request, recogniser, """
                        {"decisionReference": "REC-2025/31", "effectiveDate": "2025-09-14"}"""), 422, "recognition-before-validation");
        var bad = recognition(request, recogniser, """
                {"decisionReference": " ", "effectiveDate": "someday"}""");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(LedgerSteps.fields(bad.json()))
                .contains("effectiveDate:format")
                .anyMatch(f -> f.startsWith("decisionReference:"));
        var recognisedAnswer = recognition(request, recogniser, """
                {"decisionReference": "REC-2025/31", "effectiveDate": "2025-09-20"}""");
        assertThat(recognisedAnswer.status()).as(recognisedAnswer.body()).isEqualTo(201);

        var completed = requestIn(request, "COMPLETED");
        assertThat(completed.at("/validated/institution").asString()).isEqualTo(validator);
        assertThat(completed.at("/recognised/institution").asString()).isEqualTo(recogniser);
        assertThat(completed.at("/recognised/decisionReference").asString()).isEqualTo("REC-2025/31");
        assertThat(completed.at("/recognised/effectiveDate").asString()).isEqualTo("2025-09-20");
        assertThat(completed.get("recognitionEvent").asString()).isEqualTo("CreditTransferred");
        assertThat(completed.get("equivalence").asString()).isEqualTo(equivalence);
        assertThat(steps.events(request))
                .containsExactly(
                        "TransferRequested",
                        "CreditTransferValidated",
                        "CreditTransferRecognised",
                        "CreditTransferCompleted");
        var transferred = steps.payload(pathway(learner, car), "CreditTransferred");
        assertThat(number(transferred.get("points")).intValue())
                .as("the receiving unit's points (R8)")
                .isEqualTo(15);
        assertThat(number(transferred.get("sourcePoints")).intValue()).isEqualTo(10);
        assertThat(transferred.at("/validatedBy/institution/value").asString()).isEqualTo(validator);
        assertThat(transferred.get("validationReference").asString()).isEqualTo("VAL-2025/8");
        assertThat(transferred.at("/decidedBy/institution/value").asString()).isEqualTo(recogniser);
        assertThat(transferred.get("decisionReference").asString()).isEqualTo("REC-2025/31");
        assertThat(transferred.get("effectiveDate").asString()).isEqualTo("2025-09-20");
        await().atMost(Duration.ofSeconds(20))
                .ignoreExceptions()
                .untilAsserted(() -> assertThat(
                                progress(learner, car).at("/points/held").decimalValue())
                        .isEqualByComparingTo("15"));

        assertRefused(recognition(request, recogniser, """
                        {"decisionReference": "REC-2025/32", "effectiveDate": "2025-09-21"}"""), 409, "transfer-decided");
        assertThat(pending(recogniser)).doesNotContain(request);
        assertThat(http.get("/api/learners/" + learner + "/transfer-requests").json())
                .extracting(r -> r.get("transferRequestId").asString() + " "
                        + r.get("state").asString())
                .containsExactly(request + " COMPLETED");
        LedgerSteps.assertNotFound(recognition(UUID.randomUUID().toString(), recogniser, """
                {"decisionReference": "REC-2025/33", "effectiveDate": "2025-09-20"}"""));
        LedgerSteps.assertNotFound(http.get("/api/transfer-requests/" + UUID.randomUUID()));
    }

    @Test
    void S23_the_read_model_shows_a_request_validated_and_recognised_by_one_body() {
        var receptionX = aUnit("Customer reception (motorcycles)");
        var repairX = aUnit("Motorcycle repair");
        var receptionY = aUnit("Customer reception (cars)");
        var repairY = aUnit("Car repair");
        var motorcycle = aStandard("Motorcycle mechanic", false, Map.of(receptionX, 10, repairX, 50));
        var car = aStandard("Car mechanic", false, Map.of(receptionY, 15, repairY, 45));
        anEquivalence(receptionX, receptionY, "FULL", "");
        var learner = steps.aLearner("Juho");
        steps.enrol(learner, motorcycle, college, "2023-09-01");
        recognised(learner, motorcycle, receptionX, "2024-05-20");
        steps.enrol(learner, car, college, "2025-09-01");
        var request = transferRequest(learner, car, receptionY, motorcycle, receptionX)
                .json()
                .get("transferRequestId")
                .asString();

        assertThat(validation(request, college).status()).isEqualTo(201);

        var completed = requestIn(request, "COMPLETED");
        assertThat(completed.get("recognitionFollows").asBoolean()).isFalse();
        assertThat(completed.at("/requested/institution").asString()).isEqualTo(college);
        assertThat(completed.at("/requested/effectiveDate").asString()).isEqualTo("2025-09-10");
        assertThat(completed.at("/validated/institution").asString()).isEqualTo(college);
        assertThat(completed.at("/recognised/institution").asString())
                .as("one body validated and recognised")
                .isEqualTo(college);
        assertThat(completed.at("/recognised/decisionReference").asString()).isEqualTo("DEC-2025/117");
        assertThat(completed.get("sourceStandard").asString()).isEqualTo(motorcycle + "@1");
        assertThat(completed.get("unit").asString()).isEqualTo(receptionY + "@1");
        var transferred = steps.payload(pathway(learner, car), "CreditTransferred");
        assertThat(transferred.at("/validatedBy/institution/value").asString()).isEqualTo(college);
        assertThat(transferred.get("validationReference").asString()).isEqualTo("DEC-2025/117");
    }
}
