package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;
import static org.ecvetledger.app.ledger.LedgerSteps.ENTE_ROMA;
import static org.ecvetledger.app.ledger.LedgerSteps.FOUR_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.LAZIO_OSS;
import static org.ecvetledger.app.ledger.LedgerSteps.MALTA;
import static org.ecvetledger.app.ledger.LedgerSteps.MCAST;
import static org.ecvetledger.app.ledger.LedgerSteps.MEN;
import static org.ecvetledger.app.ledger.LedgerSteps.REGIONE_LAZIO;
import static org.ecvetledger.app.ledger.LedgerSteps.SIX_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.all;
import static org.ecvetledger.app.ledger.LedgerSteps.assertRefused;
import static org.ecvetledger.app.ledger.LedgerSteps.assessment;
import static org.ecvetledger.app.ledger.LedgerSteps.number;
import static org.ecvetledger.app.ledger.LedgerSteps.pathway;
import static org.ecvetledger.app.ledger.LedgerSteps.results;
import static org.ecvetledger.app.ledger.LedgerSteps.texts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Accumulation to the award over HTTP (DOMAIN c4, c5): recognition of prior learning, points and
 * combinations (Malta), coefficient compensation and the optional mobility unit (BAC PRO), the final
 * examination gate (Lazio), and credit that is validated but not recognised.
 */
@LedgerIT
class LedgerAwardIT {

    /** BAC PRO's mandatory units with their coefficients (DemoCatalogue): Σ = 23. */
    private static final List<String> BACPRO_UNITS =
            List.of("U11", "U12", "U13", "U2", "U31", "U32", "U33", "U34", "U4", "U5", "U6", "U7");

    /** An institution that recognises credit for the Lazio care standard: the demo catalogue has none. */
    private static final String LAZIO_RECOGNITION = "IT-LAZIO-CERT";

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
    void S14_prior_learning_assessed_at_work_becomes_two_recognised_units_of_a_partial_qualification() {
        var learner = steps.anEnrolledLearner("Marco", MALTA, MCAST);
        var portfolio = steps.assessed(learner, MCAST, """
                {"standard": {"id": "%s", "version": 1}, "method": "PORTFOLIO_REVIEW", "setting": "INFORMAL",
                 "assessedOn": "2024-03-12", "results": [%s],
                 "evidence": [{"documentId": "PORTFOLIO-MARCO-8Y", "sha256": "%s"}]}""".formatted(
                        MALTA,
                        String.join(
                                ", ",
                                all(
                                        results("MT-HSC-101@1", true, FOUR_OUTCOMES),
                                        results("MT-HSC-102@1", true, FOUR_OUTCOMES))),
                        "a".repeat(64)));

        for (var unit : List.of("MT-HSC-101@1", "MT-HSC-102@1")) {
            steps.validated(learner, MCAST, MALTA, unit, List.of(portfolio), "2024-03-20");
            steps.recognised(learner, MCAST, MALTA, unit, "2024-03-21");
        }
        var evaluation = steps.evaluation(learner, MCAST, MALTA, "2024-03-22");

        var content = steps.payload(portfolio, "AssessmentRecorded").get("content");
        assertThat(content.get("setting").asString()).isEqualTo("INFORMAL");
        var path = pathway(learner, MALTA);
        var recognised = steps.payloads(path, "UnitRecognised");
        assertThat(recognised).hasSize(2);
        assertThat(recognised.stream().map(r -> number(r.get("points")).intValue()))
                .containsExactly(30, 20);
        assertThat(evaluation.get("eligible").asBoolean()).isFalse();
        assertThat(texts(evaluation.get("reasons"))).anyMatch(reason -> reason.startsWith("POINTS_SHORT:50"));
    }

    @Test
    void S15_units_and_prior_learning_alone_do_not_award_the_qualification_without_the_final_examination() {
        aLazioRecognitionBody();
        var learner = steps.anEnrolledLearner("Amina", LAZIO_OSS, ENTE_ROMA);
        var units = List.of("CC-HYGIENE@1", "IT-OSS-1@1", "IT-OSS-2@1", "IT-OSS-3@1");
        // simulation and theory meet 11 of the 15 outcomes; training then closes the gap
        var rpl = steps.assessed(learner, ENTE_ROMA, """
                {"standard": {"id": "%s", "version": 1}, "method": "WORK_SIMULATION", "setting": "INFORMAL",
                 "assessedOn": "2024-02-01", "results": [%s]}""".formatted(
                        LAZIO_OSS,
                        String.join(
                                ", ",
                                all(
                                        results("CC-HYGIENE@1", true, "LO1", "LO2", "LO3"),
                                        results("IT-OSS-1@1", true, FOUR_OUTCOMES),
                                        results("IT-OSS-2@1", true, FOUR_OUTCOMES),
                                        results("IT-OSS-3@1", false, FOUR_OUTCOMES)))));
        var training = steps.assessed(
                learner,
                ENTE_ROMA,
                assessment(LAZIO_OSS, "2024-05-15", results("IT-OSS-3@1", true, FOUR_OUTCOMES), Map.of(), null));
        for (var unit : units) {
            steps.validated(learner, ENTE_ROMA, LAZIO_OSS, unit, List.of(rpl, training), "2024-05-20");
            steps.recognised(learner, LAZIO_RECOGNITION, LAZIO_OSS, unit, "2024-05-21");
        }
        var events = steps.countEvents();

        var tooEarly = steps.award(learner, REGIONE_LAZIO, LAZIO_OSS, "2024-05-30");

        var problem = assertRefused(tooEarly, 422, "not-eligible");
        assertThat(problem.get("findings").get(0).get("rule").asString()).isEqualTo("FinalExaminationRequired");
        assertThat(problem.get("findings")).hasSize(1);
        assertThat(steps.countEvents()).isEqualTo(events);
        assertRefused(
                steps.post(learner, "final-examinations", REGIONE_LAZIO, """
                        {"qualification": "%s", "examinedOn": "2024-06-20", "passed": true}""".formatted(LAZIO_OSS)),
                422,
                "not-authorised");

        var exam = steps.post(learner, "final-examinations", ENTE_ROMA, """
                {"qualification": "%s", "examinedOn": "2024-06-20", "passed": true, "grade": 27}""".formatted(LAZIO_OSS));
        var awarded = steps.award(learner, REGIONE_LAZIO, LAZIO_OSS, "2024-07-01");

        assertThat(exam.status()).as(exam.body()).isEqualTo(201);
        assertThat(awarded.status()).as(awarded.body()).isEqualTo(201);
        assertThat(awarded.json().get("recorded").asString()).isEqualTo("QualificationAwarded");
        var path = pathway(learner, LAZIO_OSS);
        assertThat(steps.payload(path, "FinalExaminationRecorded")
                        .get("organiser")
                        .get("institution")
                        .get("value")
                        .asString())
                .isEqualTo(ENTE_ROMA);
        var award = steps.payload(path, "QualificationAwarded");
        assertThat(award.get("awardedBy").get("institution").get("value").asString())
                .isEqualTo(REGIONE_LAZIO);
        assertThat(award.get("unitsCounted")).hasSize(4);
        assertRefused(steps.award(learner, REGIONE_LAZIO, LAZIO_OSS, "2024-07-02"), 409, "already-awarded");
    }

    @Test
    void S17_short_courses_across_years_accumulate_to_120_points_and_the_award() {
        var learner = steps.anEnrolledLearner("Maria", MALTA, MCAST);

        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, null, "2022-06-30");
        var after2022 = steps.evaluation(learner, MCAST, MALTA, "2022-07-01");
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-104@1", FOUR_OUTCOMES, null, "2023-06-30");
        var after2023 = steps.evaluation(learner, MCAST, MALTA, "2023-07-01");
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-105@1", FOUR_OUTCOMES, null, "2025-06-30");
        var after2025 = steps.evaluation(learner, MCAST, MALTA, "2025-07-01");
        var awarded = steps.award(learner, MCAST, MALTA, "2025-07-01");

        assertThat(explanation(after2022, "MinimumPoints")).contains("30").contains("120");
        assertThat(explanation(after2023, "MinimumPoints")).contains("90").contains("120");
        assertThat(after2022.get("eligible").asBoolean()).isFalse();
        assertThat(after2023.get("eligible").asBoolean()).isFalse();
        assertThat(after2025.get("eligible").asBoolean())
                .as(after2025.toString())
                .isTrue();
        assertThat(after2025.get("reasons")).isEmpty();
        assertThat(rules(after2025))
                .containsExactly("AllMandatoryUnits", "ElectiveGroup", "MinimumPoints", "UnitValidityInTime");
        assertThat(awarded.status()).as(awarded.body()).isEqualTo(201);
        var path = pathway(learner, MALTA);
        assertThat(steps.payloads(path, "AwardEligibilityEvaluated")).hasSize(3);
        var award = steps.payload(path, "QualificationAwarded");
        assertThat(number(award.get("pointsTotal"))).isEqualByComparingTo(BigDecimal.valueOf(120));
        assertThat(award.get("unitsCounted")).hasSize(3);
    }

    @Test
    void S18_enough_points_without_the_mandatory_unit_is_not_eligible_and_the_award_names_why() {
        var learner = steps.anEnrolledLearner("Karl", MALTA, MCAST);
        for (var unit : List.of("MT-HSC-103@1", "MT-HSC-104@1", "MT-HSC-105@1")) {
            steps.creditFor(learner, MCAST, MALTA, unit, FOUR_OUTCOMES, null, "2024-06-30");
        }

        var evaluation = steps.evaluation(learner, MCAST, MALTA, "2024-07-01");
        var events = steps.countEvents();
        var award = steps.award(learner, MCAST, MALTA, "2024-07-01");

        assertThat(evaluation.get("eligible").asBoolean()).isFalse();
        assertThat(texts(evaluation.get("reasons"))).containsExactly("MISSING_MANDATORY:MT-HSC-101");
        assertThat(satisfied(evaluation, "MinimumPoints"))
                .as("130 points are enough")
                .isTrue();
        assertThat(satisfied(evaluation, "AllMandatoryUnits")).isFalse();
        var problem = assertRefused(award, 422, "not-eligible");
        assertThat(problem.get("findings")).hasSize(1);
        assertThat(problem.get("findings").get(0).get("rule").asString()).isEqualTo("AllMandatoryUnits");
        assertThat(problem.get("findings").get(0).get("message").asString()).contains("MT-HSC-101");
        assertThat(steps.countEvents()).isEqualTo(events);
    }

    @Test
    void S19_a_weak_unit_is_compensated_by_the_coefficient_weighted_average() {
        // U5 (coefficient 5) at 8/20, every other unit at 11: (40 + 18 × 11) / 23 = 10.35
        var grades = bacProGrades(11, 8, 11);
        var learner = aBacProLearnerWith("Sami", grades);

        var evaluation = steps.evaluation(learner, MEN, BACPRO, "2025-07-01");
        var awarded = steps.award(learner, MEN, BACPRO, "2025-07-04");

        assertThat(evaluation.get("eligible").asBoolean())
                .as(evaluation.toString())
                .isTrue();
        assertThat(explanation(evaluation, "WeightedAverage")).contains("10.35");
        assertThat(awarded.status()).as(awarded.body()).isEqualTo(201);
        var award = steps.payload(pathway(learner, BACPRO), "QualificationAwarded");
        assertThat(number(award.get("grade"))).isEqualByComparingTo("10.35");
        assertThat(award.get("pointsTotal").isNull()).as("R9: no points").isTrue();
    }

    @Test
    void S19_an_average_of_exactly_10_passes_the_configured_at_least_10_and_just_below_does_not() {
        // U5 at 8 (40), U11 (coefficient 2) at 15 (30), the 10 others at 10 (160): 230 / 23 = 10.00
        var boundary = aBacProLearnerWith("Lou", bacProGrades(15, 8, 10));
        // U11 at 14 instead: 228 / 23 = 9.91
        var below = aBacProLearnerWith("Eli", bacProGrades(14, 8, 10));

        var atBoundary = steps.evaluation(boundary, MEN, BACPRO, "2025-07-01");
        var belowIt = steps.evaluation(below, MEN, BACPRO, "2025-07-01");

        assertThat(atBoundary.get("eligible").asBoolean())
                .as(atBoundary.toString())
                .isTrue();
        assertThat(explanation(atBoundary, "WeightedAverage")).contains("10.00").contains("at least");
        assertThat(belowIt.get("eligible").asBoolean()).isFalse();
        assertThat(texts(belowIt.get("reasons"))).containsExactly("AVERAGE_BELOW_THRESHOLD:9.91");
        assertRefused(steps.award(below, MEN, BACPRO, "2025-07-04"), 422, "not-eligible");
    }

    @Test
    void S20_the_optional_mobility_unit_is_recognised_apart_and_leaves_the_average_unchanged() {
        var learner = aBacProLearnerWith("Clara", bacProGrades(15, 8, 10));
        steps.creditFor(learner, BRANLY, BACPRO, "UO-MOB@1", List.of("LO1", "LO2", "LO3"), 20, "2025-06-28");

        var evaluation = steps.evaluation(learner, MEN, BACPRO, "2025-07-01");
        var awarded = steps.award(learner, MEN, BACPRO, "2025-07-04");

        var path = pathway(learner, BACPRO);
        var mobilityUnit = steps.payloads(path, "UnitRecognised").stream()
                .filter(r -> LedgerSteps.unit(r.get("unit")).equals("UO-MOB@1"))
                .toList();
        assertThat(mobilityUnit).singleElement().satisfies(r -> {
            assertThat(r.get("optionalUnit").asBoolean()).isTrue();
            assertThat(number(r.get("grade"))).isEqualByComparingTo("20");
        });
        assertThat(explanation(evaluation, "WeightedAverage")).contains("10.00");
        assertThat(awarded.status()).as(awarded.body()).isEqualTo(201);
        assertThat(number(steps.payload(path, "QualificationAwarded").get("grade")))
                .as("R16: the optional unit is not counted by default")
                .isEqualByComparingTo("10.00");
    }

    @Test
    void S34_validated_credit_that_is_not_recognised_holds_no_unit_and_no_points() {
        var learner = steps.anEnrolledLearner("Ana", MALTA, MCAST);
        var assessment = steps.assessed(
                learner,
                MCAST,
                assessment(MALTA, "2024-03-12", results("MT-HSC-101@1", true, FOUR_OUTCOMES), Map.of(), null));
        steps.validated(learner, MCAST, MALTA, "MT-HSC-101@1", List.of(assessment), "2024-03-20");

        var evaluation = steps.evaluation(learner, MCAST, MALTA, "2024-03-22");

        assertThat(steps.events(pathway(learner, MALTA)))
                .containsExactly("LearnerEnrolled", "CreditValidated", "AwardEligibilityEvaluated");
        assertThat(texts(evaluation.get("reasons")))
                .contains("MISSING_MANDATORY:MT-HSC-101")
                .anyMatch(reason -> reason.startsWith("POINTS_SHORT:0"));
    }

    /** A learner of BAC PRO with every mandatory unit assessed in one go, validated and recognised. */
    private String aBacProLearnerWith(String name, Map<String, Integer> grades) {
        var learner = steps.anEnrolledLearner(name, BACPRO, BRANLY);
        var results = new ArrayList<String>();
        grades.keySet().forEach(unit -> results.addAll(results(unit, true, SIX_OUTCOMES)));
        var assessment = steps.assessed(learner, BRANLY, assessment(BACPRO, "2025-06-10", results, grades, null));
        for (var unit : grades.keySet()) {
            steps.validated(learner, BRANLY, BACPRO, unit, List.of(assessment), "2025-06-20");
            steps.recognised(learner, BRANLY, BACPRO, unit, "2025-06-25");
        }
        return learner;
    }

    /** Grades of the twelve mandatory units: U11 and U5 as given, every other one {@code others}. */
    private static Map<String, Integer> bacProGrades(int u11, int u5, int others) {
        var grades = new LinkedHashMap<String, Integer>();
        for (var code : BACPRO_UNITS) {
            grades.put(code + "@1", code.equals("U11") ? u11 : code.equals("U5") ? u5 : others);
        }
        return grades;
    }

    /** Registers an institution that recognises credit for the Lazio care standard (once per test run). */
    private void aLazioRecognitionBody() {
        var registered = http.post("/api/institutions", """
                {"institutionId": "%s", "legalName": "Regione Lazio, servizio di certificazione delle competenze",
                 "jurisdiction": "IT/Lazio", "kind": "REGIONAL_AUTHORITY"}""".formatted(LAZIO_RECOGNITION));
        assertThat(registered.status()).as(registered.body()).isIn(201, 409);
        var granted = http.post("/api/institutions/" + LAZIO_RECOGNITION + "/functions", """
                {"function": "RECOGNISE", "standard": "%s", "jurisdiction": "IT/Lazio", "effectiveFrom": "2021-01-01"}""".formatted(LAZIO_OSS));
        assertThat(granted.status()).as(granted.body()).isIn(200, 409);
    }

    private static List<String> rules(JsonNode evaluation) {
        var rules = new ArrayList<String>();
        evaluation.get("trace").forEach(outcome -> rules.add(outcome.get("rule").asString()));
        return rules;
    }

    private static JsonNode outcome(JsonNode evaluation, String rule) {
        for (var outcome : evaluation.get("trace")) {
            if (outcome.get("rule").asString().equals(rule)) {
                return outcome;
            }
        }
        throw new AssertionError("no outcome of " + rule + " in " + evaluation);
    }

    private static String explanation(JsonNode evaluation, String rule) {
        return outcome(evaluation, rule).get("explanation").asString();
    }

    private static boolean satisfied(JsonNode evaluation, String rule) {
        return outcome(evaluation, rule).get("satisfied").asBoolean();
    }
}
