package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.app.ledger.LedgerSteps.assertRefused;
import static org.ecvetledger.app.ledger.LedgerSteps.number;
import static org.ecvetledger.app.ledger.LedgerSteps.pathway;
import static org.ecvetledger.app.ledger.LedgerSteps.results;
import static org.ecvetledger.app.ledger.LedgerSteps.texts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The unit result over HTTP (R11): a unit whose recognition rests on several kinds of assessment
 * is recognised only once every kind lies behind its validations (S22).
 */
@LedgerIT
class LedgerUnitResultIT {

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
    void S22_a_unit_needing_two_assessments_is_recognised_only_once_both_are_recorded() {
        var suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        var lycee = "FR-LYCEE-" + suffix;
        var u33 = "U33-" + suffix;
        var unit = u33 + "@1";
        var bacPro = "FR-BACPRO-ELEC-" + suffix;
        aStandardWhoseUnitNeedsBothContinuousAssessments(lycee, u33, bacPro);
        // the standard and its attached unit are projected in separate events: wait for the unit too
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> {
                    // the version and its attached units are projected from different streams
                    var version = http.get("/api/qualifications/" + bacPro + "/versions/1");
                    return version.status() == 200
                            && version.json().at("/units/0/requiredAssessments").size() > 0;
                });
        assertThat(http.get("/api/qualifications/" + bacPro + "/versions/1")
                        .json()
                        .at("/units/0/requiredAssessments")
                        .toString())
                .isEqualTo("[\"CONTINUOUS_IN_COMPANY\",\"CONTINUOUS_IN_SCHOOL\"]");
        var learner = steps.aLearner("Inès");
        steps.enrol(learner, bacPro, lycee, "2024-09-02");

        var inCompany = steps.assessed(
                learner, lycee, continuousAssessment(bacPro, unit, "CONTINUOUS_IN_COMPANY", "2025-03-03", 12));
        steps.validated(learner, lycee, bacPro, unit, List.of(inCompany), "2025-03-04");
        var events = steps.countEvents();

        var withOnlyTheInCompanyOne = steps.recognise(learner, lycee, bacPro, unit, "2025-03-05");

        var problem = assertRefused(withOnlyTheInCompanyOne, 422, "assessments-incomplete");
        assertThat(problem.get("detail").asString()).contains(unit, "CONTINUOUS_IN_SCHOOL");
        assertThat(steps.countEvents()).isEqualTo(events);
        var path = pathway(learner, bacPro);
        assertThat(steps.events(path)).containsExactly("LearnerEnrolled", "CreditValidated");

        var inSchool = steps.assessed(
                learner, lycee, continuousAssessment(bacPro, unit, "CONTINUOUS_IN_SCHOOL", "2025-05-12", 15));
        steps.validated(learner, lycee, bacPro, unit, List.of(inSchool), "2025-05-13");
        var recognised = steps.recognise(learner, lycee, bacPro, unit, "2025-05-14");

        assertThat(recognised.status()).as(recognised.body()).isEqualTo(201);
        assertThat(recognised.json().get("recorded").asString()).isEqualTo("UnitRecognised");
        assertThat(recognised.json().get("unit").asString()).isEqualTo(unit);
        assertThat(steps.events(path))
                .containsExactly("LearnerEnrolled", "CreditValidated", "CreditValidated", "UnitRecognised");
        var payload = steps.payload(path, "UnitRecognised");
        assertThat(texts(payload.get("basis"))).containsExactlyInAnyOrder(inCompany, inSchool);
        assertThat(number(payload.get("points"))).isNull(); // no credit framework: no points (R9)
        assertThat(number(payload.get("grade"))).isEqualByComparingTo(BigDecimal.valueOf(15)); // the latest
        assertThat(steps.events(inCompany)).containsExactly("AssessmentRecorded");
        assertThat(steps.events(inSchool)).containsExactly("AssessmentRecorded");
    }

    /**
     * Registers {@code lycee} in FR, publishes unit {@code u33} (LO1, LO2) and a standard {@code bacPro}
     * without points (grades 0–20) whose only, mandatory unit needs an in-company and a school
     * continuous assessment; the lycée assesses, validates and recognises for it.
     */
    private void aStandardWhoseUnitNeedsBothContinuousAssessments(String lycee, String u33, String bacPro) {
        expect(http.post("/api/institutions", """
                {"institutionId": "%s", "legalName": "Lycée professionnel %s", "jurisdiction": "FR", "kind": "SCHOOL"}""".formatted(lycee, lycee)), 201);
        expect(http.post("/api/units", """
                {"code": "%s", "title": {"fr": "Réalisation d'une installation", "en": "Carrying out an installation"},
                 "learningOutcomes": [
                   {"id": "LO1", "description": {"en": "Prepares the installation on site"}, "category": "SKILLS"},
                   {"id": "LO2", "description": {"en": "Commissions the installation"}, "category": "COMPETENCE"}],
                 "eqfLevels": [4], "owner": "%s"}""".formatted(u33, lycee)), 201);
        expect(http.post("/api/units/" + u33 + "/versions/1/publish", """
                {"effectiveFrom": "2024-09-01"}"""), 200);
        expect(http.post("/api/qualifications", """
                {"id": "%s", "title": {"fr": "Baccalauréat professionnel électricité", "en": "Vocational baccalaureate, electrical trades"},
                 "jurisdiction": "FR", "awardingBodies": ["%s"], "eqfLevel": 4, "framework": "NONE",
                 "gradingScale": {"minimum": 0, "maximum": 20}}""".formatted(bacPro, lycee)), 201);
        expect(http.post("/api/qualifications/" + bacPro + "/versions/1/units", """
                {"unit": "%s@1", "role": "MANDATORY", "coefficient": 1,
                 "requiredAssessments": ["CONTINUOUS_IN_COMPANY", "CONTINUOUS_IN_SCHOOL"]}""".formatted(u33)), 200);
        expect(http.put("/api/qualifications/" + bacPro + "/versions/1/award-rules", """
                {"rules": [{"rule": "AllMandatoryUnits"}]}"""), 200);
        expect(http.post("/api/qualifications/" + bacPro + "/versions/1/publish", """
                {"effectiveFrom": "2024-09-01"}"""), 200);
        for (var function : List.of("ASSESS", "VALIDATE", "RECOGNISE")) {
            expect(http.post("/api/institutions/" + lycee + "/functions", """
                    {"function": "%s", "standard": "%s", "jurisdiction": "FR", "effectiveFrom": "2024-01-01"}""".formatted(function, bacPro)), 200);
        }
    }

    /** A continuous assessment ({@code method}) achieving LO1 and LO2 of {@code unit}, graded. */
    private static String continuousAssessment(
            String standard, String unit, String method, String assessedOn, int grade) {
        return """
                {"standard": {"id": "%s", "version": 1}, "method": "%s", "setting": "FORMAL",
                 "assessedOn": "%s", "results": [%s], "grades": [{"unit": "%s", "grade": %d}],
                 "gradingScheme": "0-20"}""".formatted(
                standard, method, assessedOn, String.join(", ", results(unit, true, "LO1", "LO2")), unit, grade);
    }

    private static void expect(LedgerHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    }
}
