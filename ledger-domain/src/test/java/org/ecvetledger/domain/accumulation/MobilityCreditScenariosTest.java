package org.ecvetledger.domain.accumulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.domain.assessment.LedgerFixtures.AGREEMENT;
import static org.ecvetledger.domain.assessment.LedgerFixtures.BACPRO_ELEC;
import static org.ecvetledger.domain.assessment.LedgerFixtures.BERUFSSCHULE;
import static org.ecvetledger.domain.assessment.LedgerFixtures.HOME_TEACHER;
import static org.ecvetledger.domain.assessment.LedgerFixtures.HOST_ASSESSOR;
import static org.ecvetledger.domain.assessment.LedgerFixtures.LEA;
import static org.ecvetledger.domain.assessment.LedgerFixtures.LYCEE;
import static org.ecvetledger.domain.assessment.LedgerFixtures.MARCO;
import static org.ecvetledger.domain.assessment.LedgerFixtures.U12;
import static org.ecvetledger.domain.assessment.LedgerFixtures.U31;
import static org.ecvetledger.domain.assessment.LedgerFixtures.U31_OUTCOMES;
import static org.ecvetledger.domain.assessment.LedgerFixtures.aMobilityLedger;
import static org.ecvetledger.domain.assessment.LedgerFixtures.anAgreementInForce;
import static org.ecvetledger.domain.assessment.LedgerFixtures.anAssessmentOf;
import static org.ecvetledger.domain.assessment.LedgerFixtures.assessmentId;
import static org.ecvetledger.domain.assessment.LedgerFixtures.outcomes;
import static org.ecvetledger.domain.assessment.LedgerFixtures.profile;
import static org.ecvetledger.domain.assessment.LedgerFixtures.record;
import static org.ecvetledger.domain.catalogue.RuleViolations.violates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.LedgerFixtures;
import org.ecvetledger.domain.assessment.PossibleDuplicateAssessmentFlagged;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.learningagreement.PlannedUnit;
import org.ecvetledger.domain.qualification.AwardRule;
import org.ecvetledger.domain.qualification.AwardRuleSet;
import org.ecvetledger.domain.qualification.QualificationRules;
import org.ecvetledger.domain.qualification.ResitPolicy;
import org.ecvetledger.domain.qualification.StandardDefinition;
import org.ecvetledger.domain.qualification.UnitRole;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.LedgerRuleViolation;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.Test;

/**
 * Validation and recognition of credit on a learner's pathway after mobility and at home (DOMAIN c3
 * "after"; R1, R2, P1, R5, R7, R9, R10, R14; S01, S02, S04–S08).
 */
class MobilityCreditScenariosTest {

    private static final PathwayId LEAS_PATHWAY = new PathwayId(LEA, BACPRO_ELEC.id());
    private static final LocalDate ENROLLED_ON = LocalDate.of(2023, 9, 4);
    private static final LocalDate VALIDATED_ON = LocalDate.of(2024, 4, 10);
    private static final LocalDate RECOGNISED_ON = LocalDate.of(2024, 4, 15);

    private static final AssessmentId A1 = assessmentId(1);
    private static final AssessmentId A2 = assessmentId(2);

    private static FixtureConfiguration<LearnerPathway> fixtureOn(LedgerFixtures.Ledger ledger) {
        var fixture = new AggregateTestFixture<>(LearnerPathway.class);
        fixture.registerInjectableResource(ledger);
        return fixture;
    }

    private static LearnerEnrolled leaEnrolled() {
        return new LearnerEnrolled(LEAS_PATHWAY, BACPRO_ELEC, new Actor(LYCEE, "enrolment officer"), ENROLLED_ON);
    }

    private static ValidateCredit validate(UnitRef unit, List<String> outcomes, AssessmentId... basis) {
        return new ValidateCredit(LEA, BACPRO_ELEC.id(), unit, outcomes, List.of(basis), HOME_TEACHER, VALIDATED_ON);
    }

    private static CreditValidated validated(UnitRef unit, List<String> outcomes, AssessmentId... basis) {
        return new CreditValidated(LEAS_PATHWAY, unit, outcomes, List.of(basis), HOME_TEACHER, VALIDATED_ON);
    }

    private static RecogniseUnit recognise(UnitRef unit) {
        return new RecogniseUnit(LEA, BACPRO_ELEC.id(), unit, HOME_TEACHER, RECOGNISED_ON);
    }

    private static UnitRecognised recognised(UnitRef unit, String grade, AssessmentId... basis) {
        return new UnitRecognised(
                LEAS_PATHWAY,
                BACPRO_ELEC,
                unit,
                null,
                grade == null ? null : new BigDecimal(grade),
                false,
                List.of(basis),
                HOME_TEACHER,
                RECOGNISED_ON,
                null);
    }

    /** The host's assessment under the agreement: every outcome of U31 achieved, 14/20 (S01). */
    private static LedgerFixtures.AnAssessment hostAssessmentOfAllU31() {
        return anAssessmentOf(LEA, BACPRO_ELEC)
                .by(HOST_ASSESSOR)
                .underAgreement(AGREEMENT)
                .achieving(U31, U31_OUTCOMES.toArray(String[]::new))
                .graded(U31, "14");
    }

    // --- S01: happy path ---

    @Test
    void S01_the_home_validates_every_outcome_of_U31_the_host_assessed() {
        var ledger = aMobilityLedger();
        record(ledger, A1, hostAssessmentOfAllU31().content());

        fixtureOn(ledger)
                .given(leaEnrolled())
                .when(validate(U31, List.of(), A1))
                .expectEvents(validated(U31, U31_OUTCOMES, A1));
    }

    @Test
    void S01_the_home_recognises_U31_with_the_hosts_grade_and_no_points_in_a_standard_without_points() {
        var ledger = aMobilityLedger();
        record(ledger, A1, hostAssessmentOfAllU31().content());

        fixtureOn(ledger)
                .given(leaEnrolled(), validated(U31, U31_OUTCOMES, A1))
                .when(recognise(U31))
                .expectEvents(recognised(U31, "14", A1));
    }

    // --- R2, P1: hosts assess and document; the home validates and recognises ---

    @Test
    void P1_a_host_without_the_validate_function_cannot_validate_credit() {
        var ledger = aMobilityLedger();
        record(ledger, A1, hostAssessmentOfAllU31().content());

        fixtureOn(ledger)
                .given(leaEnrolled())
                .when(new ValidateCredit(
                        LEA, BACPRO_ELEC.id(), U31, List.of(), List.of(A1), HOST_ASSESSOR, VALIDATED_ON))
                .expectNoEvents()
                .expectException(violates("not-authorised"));
    }

    @Test
    void P1_a_host_without_the_recognise_function_cannot_recognise_a_unit() {
        var ledger = aMobilityLedger();
        record(ledger, A1, hostAssessmentOfAllU31().content());

        fixtureOn(ledger)
                .given(leaEnrolled(), validated(U31, U31_OUTCOMES, A1))
                .when(new RecogniseUnit(LEA, BACPRO_ELEC.id(), U31, HOST_ASSESSOR, RECOGNISED_ON))
                .expectNoEvents()
                .expectException(violates("not-authorised"));
    }

    @Test
    void R2_the_validate_function_does_not_carry_the_recognise_function() {
        var ledger = aMobilityLedger().grant(BERUFSSCHULE, InstitutionFunction.VALIDATE, BACPRO_ELEC);
        record(ledger, A1, hostAssessmentOfAllU31().content());
        var journey = new PathwayJourney(ledger);
        journey.accept(new EnrolLearner(LEA, BACPRO_ELEC, new Actor(LYCEE, "enrolment officer"), ENROLLED_ON));

        journey.accept(
                new ValidateCredit(LEA, BACPRO_ELEC.id(), U31, List.of(), List.of(A1), HOST_ASSESSOR, VALIDATED_ON));
        var refusal = journey.refuse(new RecogniseUnit(LEA, BACPRO_ELEC.id(), U31, HOST_ASSESSOR, RECOGNISED_ON));

        assertThat(refusal)
                .isInstanceOfSatisfying(
                        LedgerRuleViolation.class, v -> assertThat(v.rule()).isEqualTo("not-authorised"));
    }

    // --- S02: part of a unit abroad, the rest at home ---

    @Test
    void S02_three_of_six_outcomes_validated_do_not_make_the_unit_recognisable() {
        fixtureOn(aMobilityLedger())
                .given(leaEnrolled(), validated(U31, outcomes("LO1", "LO2", "LO3"), A1))
                .when(recognise(U31))
                .expectNoEvents()
                .expectException(violates("validation-incomplete"));
    }

    @Test
    void S02_once_the_home_assessed_and_validated_the_other_three_U31_is_recognised_on_both_assessments() {
        var ledger = aMobilityLedger()
                .agreement(
                        AGREEMENT, anAgreementInForce(LEA, new PlannedUnit(U31, outcomes("LO1", "LO2", "LO3"), null)));
        record(
                ledger,
                A1,
                anAssessmentOf(LEA, BACPRO_ELEC)
                        .by(HOST_ASSESSOR)
                        .underAgreement(AGREEMENT)
                        .achieving(U31, "LO1", "LO2", "LO3")
                        .content());
        var journey = new PathwayJourney(ledger);
        journey.accept(new EnrolLearner(LEA, BACPRO_ELEC, new Actor(LYCEE, "enrolment officer"), ENROLLED_ON));

        assertThat(journey.accept(validate(U31, List.of(), A1)))
                .containsExactly(validated(U31, outcomes("LO1", "LO2", "LO3"), A1));
        assertThat(journey.refuse(recognise(U31)))
                .isInstanceOfSatisfying(
                        LedgerRuleViolation.class, v -> assertThat(v.rule()).isEqualTo("validation-incomplete"));

        record(
                ledger,
                A2,
                anAssessmentOf(LEA, BACPRO_ELEC)
                        .by(HOME_TEACHER)
                        .on(LocalDate.of(2024, 4, 5))
                        .achieving(U31, "LO4", "LO5", "LO6")
                        .graded(U31, "13")
                        .content());
        assertThat(journey.accept(validate(U31, outcomes("LO4", "LO5", "LO6"), A2)))
                .containsExactly(validated(U31, outcomes("LO4", "LO5", "LO6"), A2));
        assertThat(journey.accept(recognise(U31))).containsExactly(recognised(U31, "13", A1, A2));
    }

    // --- S04: one outcome not achieved abroad ---

    private static LedgerFixtures.Ledger withLo4NotAchieved() {
        var ledger = aMobilityLedger();
        record(
                ledger,
                A1,
                anAssessmentOf(LEA, BACPRO_ELEC)
                        .by(HOST_ASSESSOR)
                        .underAgreement(AGREEMENT)
                        .achieving(U31, "LO1", "LO2", "LO3", "LO5", "LO6")
                        .notAchieving(U31, "LO4")
                        .content());
        return ledger;
    }

    @Test
    void S04_an_outcome_assessed_as_not_achieved_cannot_be_validated() {
        fixtureOn(withLo4NotAchieved())
                .given(leaEnrolled())
                .when(validate(U31, outcomes("LO4"), A1))
                .expectNoEvents()
                .expectException(violates("not-assessed"));
    }

    @Test
    void S04_the_achieved_outcomes_are_validated_and_the_unit_stays_unrecognised() {
        var journey = new PathwayJourney(withLo4NotAchieved());
        journey.accept(new EnrolLearner(LEA, BACPRO_ELEC, new Actor(LYCEE, "enrolment officer"), ENROLLED_ON));

        assertThat(journey.accept(validate(U31, List.of(), A1)))
                .containsExactly(validated(U31, outcomes("LO1", "LO2", "LO3", "LO5", "LO6"), A1));
        assertThat(journey.refuse(recognise(U31)))
                .isInstanceOfSatisfying(
                        LedgerRuleViolation.class, v -> assertThat(v.rule()).isEqualTo("validation-incomplete"));
        assertThat(journey.history(UnitRecognised.class)).isEmpty();
    }

    // --- S05: outcomes that are not in the home standard ---

    private static final QualificationRef DE_ELEKTRONIKER = QualificationRef.of("DE-ELEKTRONIKER", 1);
    private static final UnitRef LERNFELD_7 = UnitRef.of("DE-LF7", 1);
    private static final String PNEUMATICS = "PNEUMATICS-MAINTENANCE";

    /** The host assessed pneumatics maintenance under its own standard, where it is an outcome of Lernfeld 7. */
    private static LedgerFixtures.Ledger withPneumaticsAssessedByTheHost() {
        var hostStandard = new StandardDefinition(
                DE_ELEKTRONIKER,
                profile("DE", BERUFSSCHULE, CreditFramework.NONE, null, null, ResitPolicy.LATEST),
                new QualificationRules(
                        CreditFramework.NONE,
                        null,
                        List.of(LedgerFixtures.weighted(LERNFELD_7, UnitRole.MANDATORY, "1")),
                        new AwardRuleSet(List.of(new AwardRule.AllMandatoryUnits())),
                        null));
        var ledger = aMobilityLedger()
                .define(hostStandard)
                .publishedUnit(LERNFELD_7, PNEUMATICS)
                .grant(BERUFSSCHULE, InstitutionFunction.ASSESS, DE_ELEKTRONIKER);
        record(
                ledger,
                A1,
                anAssessmentOf(LEA, DE_ELEKTRONIKER)
                        .by(HOST_ASSESSOR)
                        .achieving(LERNFELD_7, PNEUMATICS)
                        .content());
        return ledger;
    }

    @Test
    void S05_an_outcome_that_is_not_an_outcome_of_the_home_unit_cannot_be_validated() {
        fixtureOn(withPneumaticsAssessedByTheHost())
                .given(leaEnrolled())
                .when(validate(U31, outcomes(PNEUMATICS), A1))
                .expectNoEvents()
                .expectException(violates("lo-not-in-home-standard"));
    }

    @Test
    void S05_a_unit_that_is_not_in_the_home_standard_cannot_be_validated() {
        fixtureOn(withPneumaticsAssessedByTheHost())
                .given(leaEnrolled())
                .when(validate(LERNFELD_7, List.of(), A1))
                .expectNoEvents()
                .expectException(violates("lo-not-in-home-standard"));
    }

    @Test
    void S05_the_home_records_its_refusal_to_validate_with_the_reason() {
        fixtureOn(withPneumaticsAssessedByTheHost())
                .given(leaEnrolled())
                .when(new RejectCreditValidation(
                        LEA,
                        BACPRO_ELEC.id(),
                        U31,
                        outcomes(PNEUMATICS),
                        List.of(A1),
                        HOME_TEACHER,
                        VALIDATED_ON,
                        "  LO_NOT_IN_HOME_STANDARD: pneumatics maintenance is no outcome of U31  "))
                .expectEvents(new CreditValidationRejected(
                        LEAS_PATHWAY,
                        U31,
                        outcomes(PNEUMATICS),
                        List.of(A1),
                        HOME_TEACHER,
                        VALIDATED_ON,
                        "LO_NOT_IN_HOME_STANDARD: pneumatics maintenance is no outcome of U31"));
    }

    @Test
    void S05_only_the_home_holding_the_validate_function_may_refuse_validation() {
        fixtureOn(withPneumaticsAssessedByTheHost())
                .given(leaEnrolled())
                .when(new RejectCreditValidation(
                        LEA,
                        BACPRO_ELEC.id(),
                        U31,
                        outcomes(PNEUMATICS),
                        List.of(A1),
                        HOST_ASSESSOR,
                        VALIDATED_ON,
                        "not ours to decide"))
                .expectNoEvents()
                .expectException(violates("not-authorised"));
    }

    // --- S06: recognition before validation ---

    @Test
    void S06_a_unit_cannot_be_recognised_before_any_of_its_credit_is_validated() {
        var ledger = aMobilityLedger();
        record(ledger, A1, hostAssessmentOfAllU31().content());

        fixtureOn(ledger)
                .given(leaEnrolled())
                .when(recognise(U31))
                .expectNoEvents()
                .expectException(violates("validation-missing"));
    }

    @Test
    void R1_credit_cannot_be_validated_without_an_assessment() {
        fixtureOn(aMobilityLedger())
                .given(leaEnrolled())
                .when(validate(U31, U31_OUTCOMES))
                .expectNoEvents()
                .expectException(violates("assessment-missing"));
    }

    @Test
    void R1_credit_cannot_be_validated_on_an_assessment_the_ledger_does_not_hold() {
        fixtureOn(aMobilityLedger())
                .given(leaEnrolled())
                .when(validate(U31, U31_OUTCOMES, assessmentId(99)))
                .expectNoEvents()
                .expectException(violates("assessment-missing"));
    }

    @Test
    void R1_another_learners_assessment_is_no_basis_for_validating_this_learners_credit() {
        var ledger = aMobilityLedger().learner(MARCO).grant(LYCEE, InstitutionFunction.ASSESS, BACPRO_ELEC);
        record(
                ledger,
                A1,
                anAssessmentOf(MARCO, BACPRO_ELEC)
                        .by(HOME_TEACHER)
                        .achieving(U31, U31_OUTCOMES.toArray(String[]::new))
                        .content());

        fixtureOn(ledger)
                .given(leaEnrolled())
                .when(validate(U31, List.of(), A1))
                .expectNoEvents()
                .expectException(violates("assessment-missing"));
    }

    // --- S07: a duplicate submission is no credit ---

    @Test
    void S07_an_assessment_flagged_as_a_possible_duplicate_cannot_be_the_basis_of_a_validation() {
        var ledger = aMobilityLedger();
        record(ledger, A1, hostAssessmentOfAllU31().content());
        var flagged = record(ledger, A2, hostAssessmentOfAllU31().content());
        assertThat(flagged).isInstanceOf(PossibleDuplicateAssessmentFlagged.class);

        fixtureOn(ledger)
                .given(leaEnrolled())
                .when(validate(U31, List.of(), A2))
                .expectNoEvents()
                .expectException(violates("assessment-missing"));
    }

    @Test
    void S07_the_original_submission_still_validates_and_yields_one_credit() {
        var ledger = aMobilityLedger();
        record(ledger, A1, hostAssessmentOfAllU31().content());
        record(ledger, A2, hostAssessmentOfAllU31().content());
        var journey = new PathwayJourney(ledger);
        journey.accept(new EnrolLearner(LEA, BACPRO_ELEC, new Actor(LYCEE, "enrolment officer"), ENROLLED_ON));

        journey.accept(validate(U31, List.of(), A1));
        journey.refuse(validate(U31, List.of(), A1, A2));
        journey.accept(recognise(U31));

        assertThat(journey.history(UnitRecognised.class)).containsExactly(recognised(U31, "14", A1));
    }

    // --- S08: resits ---

    private static final LocalDate JANUARY = LocalDate.of(2024, 1, 15);
    private static final LocalDate JUNE = LocalDate.of(2024, 6, 14);

    /** U12 assessed twice at home: in January, then the resit in June. */
    private static LedgerFixtures.Ledger withAttempts(
            ResitPolicy policy, boolean firstAchieved, String firstGrade, String resitGrade) {
        var ledger = aMobilityLedger(policy);
        var first =
                anAssessmentOf(LEA, BACPRO_ELEC).by(HOME_TEACHER).on(JANUARY).graded(U12, firstGrade);
        record(
                ledger,
                A1,
                (firstAchieved ? first.achieving(U12, "LO1", "LO2") : first.notAchieving(U12, "LO1", "LO2")).content());
        record(
                ledger,
                A2,
                anAssessmentOf(LEA, BACPRO_ELEC)
                        .by(HOME_TEACHER)
                        .on(JUNE)
                        .achieving(U12, "LO1", "LO2")
                        .graded(U12, resitGrade)
                        .content());
        return ledger;
    }

    @Test
    void S08_a_failed_attempt_then_a_passed_resit_give_one_recognition_with_the_latest_grade() {
        var journey = new PathwayJourney(withAttempts(ResitPolicy.LATEST, false, "7", "12"));
        journey.accept(new EnrolLearner(LEA, BACPRO_ELEC, new Actor(LYCEE, "enrolment officer"), ENROLLED_ON));

        assertThat(journey.accept(validate(U12, List.of(), A1, A2)))
                .containsExactly(validated(U12, outcomes("LO1", "LO2"), A1, A2));
        assertThat(journey.accept(recognise(U12))).containsExactly(recognised(U12, "12", A1, A2));
        assertThat(journey.refuse(recognise(U12)))
                .isInstanceOfSatisfying(
                        LedgerRuleViolation.class, v -> assertThat(v.rule()).isEqualTo("already-recognised"));
        assertThat(journey.history(UnitRecognised.class)).hasSize(1);
    }

    @Test
    void S08_the_failed_attempt_alone_cannot_be_validated() {
        fixtureOn(withAttempts(ResitPolicy.LATEST, false, "7", "12"))
                .given(leaEnrolled())
                .when(validate(U12, List.of(), A1))
                .expectNoEvents()
                .expectException(violates("not-assessed"));
    }

    @Test
    void S08_under_the_best_policy_7_then_12_counts_12() {
        fixtureOn(withAttempts(ResitPolicy.BEST, false, "7", "12"))
                .given(leaEnrolled(), validated(U12, outcomes("LO1", "LO2"), A1, A2))
                .when(recognise(U12))
                .expectEvents(recognised(U12, "12", A1, A2));
    }

    @Test
    void S08_a_weaker_resit_counts_under_the_latest_policy_and_not_under_the_best() {
        fixtureOn(withAttempts(ResitPolicy.LATEST, true, "14", "11"))
                .given(leaEnrolled(), validated(U12, outcomes("LO1", "LO2"), A1, A2))
                .when(recognise(U12))
                .expectEvents(recognised(U12, "11", A1, A2));
        fixtureOn(withAttempts(ResitPolicy.BEST, true, "14", "11"))
                .given(leaEnrolled(), validated(U12, outcomes("LO1", "LO2"), A1, A2))
                .when(recognise(U12))
                .expectEvents(recognised(U12, "14", A1, A2));
    }

    @Test
    void S08_a_unit_already_recognised_is_not_recognised_again() {
        fixtureOn(withAttempts(ResitPolicy.LATEST, false, "7", "12"))
                .given(leaEnrolled(), validated(U12, outcomes("LO1", "LO2"), A1, A2), recognised(U12, "12", A1, A2))
                .when(recognise(U12))
                .expectNoEvents()
                .expectException(violates("already-recognised"));
    }

    @Test
    void S08_the_same_validation_twice_is_refused_but_a_resit_joins_the_basis() {
        fixtureOn(withAttempts(ResitPolicy.LATEST, true, "14", "11"))
                .given(leaEnrolled(), validated(U12, outcomes("LO1", "LO2"), A1))
                .when(validate(U12, List.of(), A1))
                .expectNoEvents()
                .expectException(violates("already-validated"));
        // a further assessment of the same outcomes (a resit, or the second assessment a unit needs, S22)
        fixtureOn(withAttempts(ResitPolicy.LATEST, true, "14", "11"))
                .given(leaEnrolled(), validated(U12, outcomes("LO1", "LO2"), A1))
                .when(validate(U12, List.of(), A2))
                .expectSuccessfulHandlerExecution()
                .expectEvents(validated(U12, outcomes("LO1", "LO2"), A2));
    }
}
