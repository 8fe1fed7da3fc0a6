package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;
import static org.ecvetledger.app.ledger.LedgerSteps.MUENCHEN;
import static org.ecvetledger.app.ledger.LedgerSteps.SIX_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.all;
import static org.ecvetledger.app.ledger.LedgerSteps.assertRefused;
import static org.ecvetledger.app.ledger.LedgerSteps.assessment;
import static org.ecvetledger.app.ledger.LedgerSteps.number;
import static org.ecvetledger.app.ledger.LedgerSteps.pathway;
import static org.ecvetledger.app.ledger.LedgerSteps.results;
import static org.ecvetledger.app.ledger.LedgerSteps.texts;
import static org.ecvetledger.app.ledger.LedgerSteps.unit;

import java.math.BigDecimal;
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

/**
 * Credit from a geographical mobility over HTTP (DOMAIN c3): the host assesses under a learning
 * agreement in force, the home validates and recognises (S01, S02, S04, S05; R1, R4, R5).
 */
@LedgerIT
class LedgerMobilityCreditIT {

    private static final String MOBILITY_EVIDENCE =
            "\"evidence\": [{\"documentId\": \"HOST-TX-2027-031\", \"sha256\": \"%s\"}], \"criteriaReference\": \"MoU annex 2, U31 grid\""
                    .formatted("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    LedgerSteps steps;

    @BeforeEach
    void setUp() {
        steps = new LedgerSteps(new LedgerHttp(environment), jdbc, catalogue);
    }

    /** A learner enrolled in BAC PRO at the lycée, with an agreement in force for March 2027 in Munich. */
    private String[] aLearnerAbroad(String name) {
        var learner = steps.anEnrolledLearner(name, BACPRO, BRANLY);
        var agreement = steps.aLearningAgreement(learner, steps.anActiveMou(), true);
        return new String[] {learner, agreement};
    }

    private static String underAgreement(String agreement) {
        return "\"learningAgreement\": \"" + agreement + "\", " + MOBILITY_EVIDENCE;
    }

    @Test
    void S01_the_host_assesses_abroad_the_home_validates_and_recognises_the_unit_without_points() {
        var abroad = aLearnerAbroad("Léa");
        var learner = abroad[0];
        var agreement = abroad[1];

        var assessment = steps.assessed(
                learner,
                MUENCHEN,
                assessment(
                        BACPRO,
                        "2027-03-25",
                        results("U31@1", true, SIX_OUTCOMES),
                        Map.of("U31@1", 14),
                        underAgreement(agreement)));
        steps.validated(learner, BRANLY, BACPRO, "U31@1", List.of(assessment), "2027-04-10");
        var recognised = steps.recognise(learner, BRANLY, BACPRO, "U31@1", "2027-04-12");
        var completed = steps.completeAgreement(agreement, "");

        assertThat(recognised.status()).as(recognised.body()).isEqualTo(201);
        assertThat(recognised.json().get("recorded").asString()).isEqualTo("UnitRecognised");
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);

        var recorded = steps.payload(assessment, "AssessmentRecorded").get("content");
        assertThat(recorded.get("assessor").get("institution").get("value").asString())
                .isEqualTo(MUENCHEN);
        assertThat(recorded.get("assessor").get("person").asString()).isEqualTo("Officer of " + MUENCHEN);
        assertThat(recorded.get("agreement").get("value").asString()).isEqualTo(agreement);
        assertThat(recorded.get("evidence").get(0).get("documentId").asString()).isEqualTo("HOST-TX-2027-031");

        var path = pathway(learner, BACPRO);
        assertThat(steps.events(path)).containsExactly("LearnerEnrolled", "CreditValidated", "UnitRecognised");
        var validated = steps.payload(path, "CreditValidated");
        assertThat(texts(validated.get("learningOutcomes"))).containsExactlyElementsOf(SIX_OUTCOMES);
        assertThat(validated.get("validatedBy").get("institution").get("value").asString())
                .isEqualTo(BRANLY);
        var unitRecognised = steps.payload(path, "UnitRecognised");
        assertThat(unit(unitRecognised.get("unit"))).isEqualTo("U31@1");
        assertThat(number(unitRecognised.get("points")))
                .as("R9: no points in BAC PRO")
                .isNull();
        assertThat(number(unitRecognised.get("grade"))).isEqualByComparingTo(BigDecimal.valueOf(14));
        assertThat(texts(unitRecognised.get("basis"))).containsExactly(assessment);
        assertThat(unitRecognised
                        .get("recognisedBy")
                        .get("institution")
                        .get("value")
                        .asString())
                .isEqualTo(BRANLY);
        assertThat(steps.events(agreement)).last().isEqualTo("LearningAgreementCompleted");
    }

    @Test
    void S02_part_of_a_unit_abroad_stays_in_progress_until_the_home_assesses_the_rest() {
        var abroad = aLearnerAbroad("Hugo");
        var learner = abroad[0];
        var agreement = abroad[1];
        var path = pathway(learner, BACPRO);

        var host = steps.assessed(
                learner,
                MUENCHEN,
                assessment(
                        BACPRO,
                        "2027-03-20",
                        results("U32@1", true, "LO1", "LO2", "LO3"),
                        Map.of(),
                        underAgreement(agreement)));
        steps.validated(learner, BRANLY, BACPRO, "U32@1", List.of(host), "2027-04-10");

        assertThat(texts(steps.payload(path, "CreditValidated").get("learningOutcomes")))
                .containsExactly("LO1", "LO2", "LO3");
        assertRefused(steps.recognise(learner, BRANLY, BACPRO, "U32@1", "2027-04-12"), 422, "validation-incomplete");

        var home = steps.assessed(
                learner,
                BRANLY,
                assessment(
                        BACPRO, "2027-05-10", results("U32@1", true, "LO4", "LO5", "LO6"), Map.of("U32@1", 13), null));
        steps.validated(learner, BRANLY, BACPRO, "U32@1", List.of(home), "2027-05-20");
        var recognised = steps.recognise(learner, BRANLY, BACPRO, "U32@1", "2027-05-21");

        assertThat(recognised.status()).as(recognised.body()).isEqualTo(201);
        assertThat(steps.events(path))
                .containsExactly("LearnerEnrolled", "CreditValidated", "CreditValidated", "UnitRecognised");
        assertThat(texts(steps.payload(path, "UnitRecognised").get("basis"))).containsExactlyInAnyOrder(host, home);
    }

    @Test
    void R5_the_host_assesses_only_the_outcomes_the_agreement_lists_and_only_while_it_is_in_force() {
        var learner = steps.anEnrolledLearner("Inès", BACPRO, BRANLY);
        var mou = steps.anActiveMou();
        var inForce = steps.aLearningAgreement(learner, mou, true);
        var drafted = steps.aLearningAgreement(learner, mou, false);
        var events = steps.countEvents();

        var outsideTheAgreement = steps.assess(
                learner,
                MUENCHEN,
                assessment(BACPRO, "2027-03-20", results("U32@1", true, "LO4"), Map.of(), underAgreement(inForce)));
        var notYetInForce = steps.assess(
                learner,
                MUENCHEN,
                assessment(BACPRO, "2027-03-20", results("U31@1", true, "LO1"), Map.of(), underAgreement(drafted)));

        assertRefused(outsideTheAgreement, 422, "outside-learning-agreement");
        assertRefused(notYetInForce, 409, "la-not-active");
        assertThat(steps.countEvents()).isEqualTo(events);
    }

    @Test
    void S04_one_outcome_failed_abroad_leaves_the_unit_in_progress_and_the_agreement_completed_with_gaps() {
        var abroad = aLearnerAbroad("Noah");
        var learner = abroad[0];
        var agreement = abroad[1];
        var path = pathway(learner, BACPRO);
        var host = steps.assessed(
                learner,
                MUENCHEN,
                assessment(
                        BACPRO,
                        "2027-03-25",
                        all(results("U31@1", true, "LO1", "LO2", "LO3", "LO5", "LO6"), results("U31@1", false, "LO4")),
                        Map.of(),
                        underAgreement(agreement)));

        steps.validated(learner, BRANLY, BACPRO, "U31@1", List.of(host), "2027-04-10");
        var lo4 = steps.validate(learner, BRANLY, BACPRO, "U31@1", List.of(host), "2027-04-10", "LO4");
        var recognition = steps.recognise(learner, BRANLY, BACPRO, "U31@1", "2027-04-12");
        var part = steps.post(learner, "partial-recognitions", BRANLY, """
                {"qualification": "%s", "unit": "U31@1", "learningOutcomes": ["LO1", "LO2", "LO3", "LO5", "LO6"],
                 "effectiveDate": "2027-04-12"}""".formatted(BACPRO));
        var completed = steps.completeAgreement(agreement, "{\"unit\": \"U31@1\", \"learningOutcomes\": [\"LO4\"]}");

        assertThat(texts(steps.payload(path, "CreditValidated").get("learningOutcomes")))
                .containsExactly("LO1", "LO2", "LO3", "LO5", "LO6");
        assertRefused(lo4, 422, "not-assessed");
        assertThat(assertRefused(recognition, 422, "validation-incomplete")
                        .get("detail")
                        .asString())
                .contains("LO4");
        assertThat(part.status()).as(part.body()).isEqualTo(201);
        assertThat(part.json().get("recorded").asString()).isEqualTo("PartialUnitCreditRecognised");
        assertThat(steps.events(path))
                .containsExactly("LearnerEnrolled", "CreditValidated", "PartialUnitCreditRecognised");
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        var completion = steps.payload(agreement, "LearningAgreementCompleted");
        assertThat(texts(completion.get("outstanding").get(0).get("learningOutcomes")))
                .containsExactly("LO4");
    }

    @Test
    void S05_outcomes_that_are_not_in_the_home_standard_are_refused_and_validation_is_rejected_with_a_reason() {
        var abroad = aLearnerAbroad("Emma");
        var learner = abroad[0];
        var agreement = abroad[1];
        var path = pathway(learner, BACPRO);
        var events = steps.countEvents();

        var pneumatics = steps.assess(
                learner,
                MUENCHEN,
                assessment(
                        BACPRO,
                        "2027-03-25",
                        results("U31@1", true, "PNEUMATICS"),
                        Map.of(),
                        underAgreement(agreement)));
        assertRefused(pneumatics, 422, "unknown-learning-outcome");
        assertThat(steps.countEvents()).isEqualTo(events);

        var host = steps.assessed(
                learner,
                MUENCHEN,
                assessment(
                        BACPRO,
                        "2027-03-25",
                        results("U31@1", true, "LO1", "LO2"),
                        Map.of(),
                        underAgreement(agreement)));
        events = steps.countEvents();
        var notInStandard = steps.validate(learner, BRANLY, BACPRO, "U31@1", List.of(host), "2027-04-10", "PNEUMATICS");
        assertRefused(notInStandard, 422, "lo-not-in-home-standard");
        assertThat(steps.countEvents()).isEqualTo(events);

        var rejected = steps.post(learner, "validation-rejections", BRANLY, """
                {"qualification": "%s", "unit": "U31@1", "learningOutcomes": ["LO1", "LO2"], "basis": ["%s"],
                 "effectiveDate": "2027-04-10",
                 "reason": "LO_NOT_IN_HOME_STANDARD: what was assessed is pneumatics maintenance, not the wiring U31 requires"}""".formatted(BACPRO, host));

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(201);
        assertThat(rejected.json().get("recorded").asString()).isEqualTo("CreditValidationRejected");
        assertThat(steps.events(path)).containsExactly("LearnerEnrolled", "CreditValidationRejected");
        var rejection = steps.payload(path, "CreditValidationRejected");
        assertThat(rejection.get("reason").asString()).startsWith("LO_NOT_IN_HOME_STANDARD");
        assertThat(rejection.get("rejectedBy").get("institution").get("value").asString())
                .isEqualTo(BRANLY);
        assertThat(steps.events(host)).containsExactly("AssessmentRecorded");
    }
}
