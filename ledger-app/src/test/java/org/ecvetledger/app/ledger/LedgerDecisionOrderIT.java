package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;
import static org.ecvetledger.app.ledger.LedgerSteps.MALTA;
import static org.ecvetledger.app.ledger.LedgerSteps.MEN;
import static org.ecvetledger.app.ledger.LedgerSteps.MUENCHEN;
import static org.ecvetledger.app.ledger.LedgerSteps.SIX_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.assertNotFound;
import static org.ecvetledger.app.ledger.LedgerSteps.assertRefused;
import static org.ecvetledger.app.ledger.LedgerSteps.assessment;
import static org.ecvetledger.app.ledger.LedgerSteps.fields;
import static org.ecvetledger.app.ledger.LedgerSteps.number;
import static org.ecvetledger.app.ledger.LedgerSteps.pathway;
import static org.ecvetledger.app.ledger.LedgerSteps.results;
import static org.ecvetledger.app.ledger.LedgerSteps.texts;

import java.math.BigDecimal;
import java.util.List;
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

/** The order of decisions on a pathway (R1), who may take them (R2), resits (R14), and what a refusal looks like. */
@LedgerIT
class LedgerDecisionOrderIT {

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

    @Test
    void S06_recognition_before_validation_is_refused_and_nothing_is_written() {
        var learner = steps.anEnrolledLearner("Léa", BACPRO, BRANLY);
        steps.assessed(
                learner,
                BRANLY,
                assessment(BACPRO, "2025-06-10", results("U31@1", true, SIX_OUTCOMES), Map.of("U31@1", 14), null));
        var events = steps.countEvents();

        var answer = steps.recognise(learner, BRANLY, BACPRO, "U31@1", "2025-06-20");

        assertRefused(answer, 422, "validation-missing");
        assertThat(steps.countEvents()).isEqualTo(events);
        assertThat(steps.events(pathway(learner, BACPRO))).containsExactly("LearnerEnrolled");
    }

    @Test
    void S08_a_resit_keeps_both_attempts_and_the_unit_is_recognised_once_with_the_latest_grade() {
        var learner = steps.anEnrolledLearner("Yanis", BACPRO, BRANLY);
        var failed = steps.assessed(
                learner,
                BRANLY,
                assessment(BACPRO, "2024-01-15", results("U12@1", false, SIX_OUTCOMES), Map.of("U12@1", 7), null));
        var resit = steps.assessed(
                learner,
                BRANLY,
                assessment(BACPRO, "2024-06-12", results("U12@1", true, SIX_OUTCOMES), Map.of("U12@1", 12), null));

        assertRefused(
                steps.validate(learner, BRANLY, BACPRO, "U12@1", List.of(failed), "2024-06-20"), 422, "not-assessed");
        steps.validated(learner, BRANLY, BACPRO, "U12@1", List.of(failed, resit), "2024-06-20");
        steps.recognised(learner, BRANLY, BACPRO, "U12@1", "2024-06-25");
        var again = steps.recognise(learner, BRANLY, BACPRO, "U12@1", "2024-06-26");

        assertRefused(again, 409, "already-recognised");
        var path = pathway(learner, BACPRO);
        assertThat(steps.events(path)).containsExactly("LearnerEnrolled", "CreditValidated", "UnitRecognised");
        var recognised = steps.payload(path, "UnitRecognised");
        assertThat(number(recognised.get("grade"))).isEqualByComparingTo(BigDecimal.valueOf(12));
        assertThat(texts(recognised.get("basis"))).containsExactlyInAnyOrder(failed, resit);
        assertThat(steps.events(failed)).containsExactly("AssessmentRecorded");
        assertThat(steps.events(resit)).containsExactly("AssessmentRecorded");
    }

    @Test
    void R2_a_decision_by_an_institution_without_the_function_is_refused() {
        var learner = steps.anEnrolledLearner("Paul", BACPRO, BRANLY);
        var assessment = steps.assessed(
                learner,
                MUENCHEN,
                assessment(BACPRO, "2025-06-10", results("U31@1", true, SIX_OUTCOMES), Map.of(), null));
        var events = steps.countEvents();

        var byTheHostSchool = steps.validate(learner, MUENCHEN, BACPRO, "U31@1", List.of(assessment), "2025-06-20");
        var examByTheMinistry = steps.post(learner, "final-examinations", MEN, """
                {"qualification": "%s", "examinedOn": "2025-06-20", "passed": true, "grade": 12}""".formatted(BACPRO));
        var awardByTheSchool = steps.award(learner, BRANLY, BACPRO, "2025-07-01");

        assertRefused(byTheHostSchool, 422, "not-authorised");
        assertRefused(examByTheMinistry, 422, "not-authorised");
        assertRefused(awardByTheSchool, 422, "not-authorised");
        assertThat(steps.countEvents()).isEqualTo(events);
    }

    @Test
    void a_decision_on_a_pathway_that_does_not_exist_is_not_found() {
        var learner = steps.anEnrolledLearner("Adam", BACPRO, BRANLY);
        var events = steps.countEvents();

        var otherQualification = steps.recognise(learner, "MT-MCAST", MALTA, "MT-HSC-101@1", "2025-06-20");
        var unknownLearner = steps.validate(
                UUID.randomUUID().toString(),
                BRANLY,
                BACPRO,
                "U31@1",
                List.of(UUID.randomUUID().toString()),
                "2025-06-20");
        var evaluation = steps.evaluate(learner, "MT-MCAST", MALTA, "2025-06-20");
        var award = steps.award(learner, "MT-MCAST", MALTA, "2025-06-20");

        assertNotFound(otherQualification);
        assertThat(otherQualification.json().get("detail").asString())
                .isEqualTo("learner " + learner + " is not enrolled in " + MALTA);
        assertNotFound(unknownLearner);
        assertNotFound(evaluation);
        assertNotFound(award);
        assertThat(steps.countEvents()).isEqualTo(events);
    }

    @Test
    void every_bad_field_of_a_decision_is_named() {
        var learner = steps.anEnrolledLearner("Nina", BACPRO, BRANLY);
        var basis = UUID.randomUUID().toString();

        var validation = steps.post(learner, "validations", BRANLY, """
                {"qualification": "FR BACPRO", "unit": "U31", "learningOutcomes": ["LO1", "LO1", ""],
                 "basis": [], "effectiveDate": "1899-12-31"}""");
        var repeated = steps.post(learner, "validations", BRANLY, """
                {"qualification": "%s", "unit": "U31@1", "learningOutcomes": ["LO1", "LO1"],
                 "basis": ["%s", "%s"], "effectiveDate": "2025-06-20"}""".formatted(BACPRO, basis, basis));
        var rejection = steps.post(learner, "validation-rejections", BRANLY, """
                {"qualification": "%s", "unit": "U31@1", "effectiveDate": "2025-06-20", "reason": " "}""".formatted(BACPRO));
        var part = steps.post(learner, "partial-recognitions", BRANLY, """
                {"qualification": "%s", "unit": "U31@1", "learningOutcomes": [], "effectiveDate": "2025-06-20"}""".formatted(BACPRO));
        var exam = steps.post(learner, "final-examinations", BRANLY, """
                {"qualification": "%s", "examinedOn": "2025-06-20", "passed": "yes"}""".formatted(BACPRO));
        var award = steps.post(learner, "awards", MEN, """
                {"qualification": "%s", "effectiveDate": null, "grade": 12}""".formatted(BACPRO));

        assertThat(validation.status()).as(validation.body()).isEqualTo(400);
        assertThat(fields(validation.json()))
                .containsExactly(
                        "basis:required",
                        "effectiveDate:not-before",
                        "learningOutcomes[2]:required",
                        "qualification:pattern",
                        "unit:pattern");
        assertThat(fields(repeated.json())).containsExactly("basis[1]:unique", "learningOutcomes[1]:unique");
        assertThat(fields(rejection.json())).containsExactly("reason:required");
        assertThat(fields(part.json())).containsExactly("learningOutcomes:required");
        assertThat(fields(exam.json())).singleElement().asString().startsWith("passed:");
        assertThat(fields(award.json())).containsExactly("grade:unknown-field");
    }
}
