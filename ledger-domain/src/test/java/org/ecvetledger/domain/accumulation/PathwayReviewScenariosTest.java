package org.ecvetledger.domain.accumulation;

import static org.ecvetledger.domain.assessment.LedgerFixtures.BACPRO_ELEC;
import static org.ecvetledger.domain.assessment.LedgerFixtures.HOME_TEACHER;
import static org.ecvetledger.domain.assessment.LedgerFixtures.HOST_ASSESSOR;
import static org.ecvetledger.domain.assessment.LedgerFixtures.LEA;
import static org.ecvetledger.domain.assessment.LedgerFixtures.LYCEE;
import static org.ecvetledger.domain.assessment.LedgerFixtures.U12;
import static org.ecvetledger.domain.assessment.LedgerFixtures.U31;
import static org.ecvetledger.domain.assessment.LedgerFixtures.U31_OUTCOMES;
import static org.ecvetledger.domain.assessment.LedgerFixtures.aMobilityLedger;
import static org.ecvetledger.domain.assessment.LedgerFixtures.anAssessmentOf;
import static org.ecvetledger.domain.assessment.LedgerFixtures.assessmentId;
import static org.ecvetledger.domain.catalogue.RuleViolations.violates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.AssessmentInvalidated;
import org.ecvetledger.domain.assessment.AssessmentRecorded;
import org.ecvetledger.domain.assessment.LedgerFixtures;
import org.ecvetledger.domain.catalogue.CatalogueFixtures;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.Test;

/**
 * Changing the past without rewriting it, on a learner's pathway (DOMAIN c7; R24, R25): a
 * correction flags the decisions resting on the assessment for review by the bodies that took them
 * (S09, S10), which confirm or revoke; an invalidation withdraws them in order (S11).
 */
class PathwayReviewScenariosTest {

    private static final PathwayId PATHWAY = new PathwayId(LEA, BACPRO_ELEC.id());
    private static final LocalDate VALIDATED_ON = LocalDate.of(2024, 4, 10);
    private static final LocalDate RECOGNISED_ON = LocalDate.of(2024, 4, 15);
    private static final LocalDate AWARDED_ON = LocalDate.of(2024, 7, 5);
    private static final LocalDate TODAY = LocalDate.of(2024, 9, 2);
    private static final AssessmentId A1 = assessmentId(1);
    private static final AssessmentId A2 = assessmentId(2);
    private static final Actor MINISTRY = new Actor(CatalogueFixtures.MINISTRY_FR, "Recteur");
    private static final AppealId APPEAL = AppealId.of("01a2c000-0000-7000-8000-000000000001");

    private final LedgerFixtures.Ledger ledger = aMobilityLedger();

    private FixtureConfiguration<LearnerPathway> fixture() {
        var fixture = new AggregateTestFixture<>(LearnerPathway.class);
        fixture.registerInjectableResource(ledger);
        return fixture;
    }

    private static LearnerEnrolled enrolled() {
        return new LearnerEnrolled(
                PATHWAY, BACPRO_ELEC, new Actor(LYCEE, "enrolment officer"), LocalDate.of(2023, 9, 4));
    }

    private static CreditValidated validated(UnitRef unit, List<String> outcomes, AssessmentId basis) {
        return new CreditValidated(PATHWAY, unit, outcomes, List.of(basis), HOME_TEACHER, VALIDATED_ON);
    }

    private static UnitRecognised recognised(UnitRef unit, String grade, AssessmentId basis) {
        return new UnitRecognised(
                PATHWAY,
                BACPRO_ELEC,
                unit,
                null,
                new BigDecimal(grade),
                false,
                List.of(basis),
                HOME_TEACHER,
                RECOGNISED_ON,
                null);
    }

    private static QualificationAwarded awarded() {
        return new QualificationAwarded(
                PATHWAY,
                BACPRO_ELEC,
                false,
                new BigDecimal("13.33"),
                List.of(U31, U12),
                null,
                MINISTRY,
                AWARDED_ON,
                "Décret");
    }

    /** U31 (on A1, 14/20) and U12 (on A2, 12/20) validated and recognised by the lycée. */
    private static List<Object> bothUnitsRecognised() {
        return new ArrayList<>(List.of(
                enrolled(),
                validated(U31, U31_OUTCOMES, A1),
                recognised(U31, "14", A1),
                validated(U12, List.of("LO1", "LO2"), A2),
                recognised(U12, "12", A2)));
    }

    private static List<Object> awardedOnBothUnits() {
        var history = bothUnitsRecognised();
        history.add(awarded());
        return history;
    }

    private static List<Object> with(List<Object> history, Object... more) {
        var all = new ArrayList<>(history);
        all.addAll(List.of(more));
        return all;
    }

    private static RequireReviewOfDependentDecisions correctionOf(AssessmentId assessment, int correction) {
        return new RequireReviewOfDependentDecisions(
                LEA, BACPRO_ELEC.id(), assessment, correction, "transcription error", HOME_TEACHER, TODAY);
    }

    private static RecognitionReviewRequired review(ReviewedDecision decision, UnitRef unit, Actor body) {
        return new RecognitionReviewRequired(
                PATHWAY,
                BACPRO_ELEC,
                decision,
                unit,
                A1,
                1,
                body.institution(),
                HOME_TEACHER,
                "transcription error",
                TODAY);
    }

    // --- correction (S09, S10)

    @Test
    void S09_a_correction_no_decision_rests_on_flags_nothing() {
        fixture()
                .given(enrolled(), validated(U12, List.of("LO1", "LO2"), A2))
                .when(correctionOf(A1, 1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void S10_a_correction_flags_the_recognition_and_the_award_resting_on_it_for_the_bodies_that_took_them() {
        fixture()
                .given(awardedOnBothUnits())
                .when(correctionOf(A1, 1))
                .expectEvents(
                        review(ReviewedDecision.UNIT_RECOGNITION, U31, HOME_TEACHER),
                        review(ReviewedDecision.QUALIFICATION_AWARD, null, MINISTRY));
    }

    @Test
    void a_validation_not_yet_recognised_is_flagged_for_its_validator() {
        fixture()
                .given(enrolled(), validated(U31, U31_OUTCOMES, A1))
                .when(correctionOf(A1, 1))
                .expectEvents(review(ReviewedDecision.CREDIT_VALIDATION, U31, HOME_TEACHER));
    }

    @Test
    void the_same_correction_delivered_twice_flags_once_and_a_later_correction_flags_again() {
        var flagged = with(bothUnitsRecognised(), review(ReviewedDecision.UNIT_RECOGNITION, U31, HOME_TEACHER));

        fixture()
                .given(flagged)
                .when(correctionOf(A1, 1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture()
                .given(flagged)
                .when(correctionOf(A1, 2))
                .expectEvents(new RecognitionReviewRequired(
                        PATHWAY,
                        BACPRO_ELEC,
                        ReviewedDecision.UNIT_RECOGNITION,
                        U31,
                        A1,
                        2,
                        LYCEE,
                        HOME_TEACHER,
                        "transcription error",
                        TODAY));
    }

    @Test
    void S10_the_recognising_body_confirms_its_recognition_after_review() {
        fixture()
                .given(with(bothUnitsRecognised(), review(ReviewedDecision.UNIT_RECOGNITION, U31, HOME_TEACHER)))
                .when(new ConfirmRecognition(
                        LEA, BACPRO_ELEC.id(), U31, HOME_TEACHER, TODAY, "grade unchanged in effect"))
                .expectEvents(new RecognitionConfirmed(
                        PATHWAY,
                        ReviewedDecision.UNIT_RECOGNITION,
                        U31,
                        HOME_TEACHER,
                        TODAY,
                        "grade unchanged in effect"));
    }

    @Test
    void the_awarding_body_confirms_the_award_after_review() {
        fixture()
                .given(with(awardedOnBothUnits(), review(ReviewedDecision.QUALIFICATION_AWARD, null, MINISTRY)))
                .when(new ConfirmRecognition(LEA, BACPRO_ELEC.id(), null, MINISTRY, TODAY, null))
                .expectEvents(new RecognitionConfirmed(
                        PATHWAY, ReviewedDecision.QUALIFICATION_AWARD, null, MINISTRY, TODAY, null));
    }

    @Test
    void confirming_a_decision_that_awaits_no_review_is_refused() {
        fixture()
                .given(bothUnitsRecognised())
                .when(new ConfirmRecognition(LEA, BACPRO_ELEC.id(), U31, HOME_TEACHER, TODAY, null))
                .expectNoEvents()
                .expectException(violates("no-review-pending"));
        fixture()
                .given(with(
                        bothUnitsRecognised(),
                        review(ReviewedDecision.UNIT_RECOGNITION, U31, HOME_TEACHER),
                        new RecognitionConfirmed(
                                PATHWAY, ReviewedDecision.UNIT_RECOGNITION, U31, HOME_TEACHER, TODAY, null)))
                .when(new ConfirmRecognition(LEA, BACPRO_ELEC.id(), U31, HOME_TEACHER, TODAY, null))
                .expectNoEvents()
                .expectException(violates("no-review-pending"));
    }

    @Test
    void only_the_body_that_took_the_decision_reviews_it() {
        fixture()
                .given(with(bothUnitsRecognised(), review(ReviewedDecision.UNIT_RECOGNITION, U31, HOME_TEACHER)))
                .when(new ConfirmRecognition(LEA, BACPRO_ELEC.id(), U31, MINISTRY, TODAY, null))
                .expectNoEvents()
                .expectException(violates("not-authorised"));
    }

    @Test
    void while_a_decision_awaits_review_the_qualification_is_not_awarded() {
        fixture()
                .given(with(bothUnitsRecognised(), review(ReviewedDecision.UNIT_RECOGNITION, U31, HOME_TEACHER)))
                .when(new AwardQualification(LEA, BACPRO_ELEC.id(), MINISTRY, TODAY, "Décret"))
                .expectNoEvents()
                .expectException(violates("review-pending"));
    }

    @Test
    void S10_revoking_a_recognition_after_review_flags_the_award_that_counts_it() {
        fixture()
                .given(with(awardedOnBothUnits(), review(ReviewedDecision.UNIT_RECOGNITION, U31, HOME_TEACHER)))
                .when(new RevokeUnitRecognition(
                        LEA, BACPRO_ELEC.id(), U31, HOME_TEACHER, TODAY, "grade below the pass mark", null))
                .expectEvents(
                        new UnitRecognitionRevoked(
                                PATHWAY,
                                BACPRO_ELEC,
                                U31,
                                null,
                                false,
                                U31_OUTCOMES,
                                null,
                                null,
                                HOME_TEACHER,
                                TODAY,
                                "grade below the pass mark"),
                        new RecognitionReviewRequired(
                                PATHWAY,
                                BACPRO_ELEC,
                                ReviewedDecision.QUALIFICATION_AWARD,
                                null,
                                null,
                                0,
                                CatalogueFixtures.MINISTRY_FR,
                                HOME_TEACHER,
                                "the award counts U31@1, whose recognition was revoked: grade below the pass mark",
                                TODAY));
    }

    @Test
    void a_revoked_recognition_may_be_recognised_again_on_its_standing_validation() {
        var ledger2 = ledger;
        ledger2.record(new AssessmentRecorded(
                A1,
                anAssessmentOf(LEA, BACPRO_ELEC)
                        .by(HOME_TEACHER)
                        .achieving(U31, U31_OUTCOMES.toArray(String[]::new))
                        .graded(U31, "11")
                        .content()));
        fixture()
                .given(with(
                        bothUnitsRecognised(),
                        new UnitRecognitionRevoked(
                                PATHWAY,
                                BACPRO_ELEC,
                                U31,
                                null,
                                false,
                                U31_OUTCOMES,
                                null,
                                null,
                                HOME_TEACHER,
                                TODAY,
                                "grade corrected")))
                .when(new RecogniseUnit(LEA, BACPRO_ELEC.id(), U31, HOME_TEACHER, TODAY))
                .expectEvents(new UnitRecognised(
                        PATHWAY,
                        BACPRO_ELEC,
                        U31,
                        null,
                        new BigDecimal("11"),
                        false,
                        List.of(A1),
                        HOME_TEACHER,
                        TODAY,
                        null));
    }

    @Test
    void a_recognition_is_revoked_only_if_it_stands_and_only_by_a_body_holding_the_recognise_function() {
        fixture()
                .given(enrolled(), validated(U31, U31_OUTCOMES, A1))
                .when(new RevokeUnitRecognition(LEA, BACPRO_ELEC.id(), U31, HOME_TEACHER, TODAY, "why", null))
                .expectNoEvents()
                .expectException(violates("not-recognised"));
        fixture()
                .given(bothUnitsRecognised())
                .when(new RevokeUnitRecognition(LEA, BACPRO_ELEC.id(), U31, HOST_ASSESSOR, TODAY, "why", null))
                .expectNoEvents()
                .expectException(violates("not-authorised"));
    }

    @Test
    void a_validation_is_withdrawn_only_once_its_recognition_is_revoked() {
        var withdrawal = new WithdrawCreditValidation(LEA, BACPRO_ELEC.id(), U31, HOME_TEACHER, TODAY, "not supported");
        fixture()
                .given(bothUnitsRecognised())
                .when(withdrawal)
                .expectNoEvents()
                .expectException(violates("recognition-depends"));
        fixture()
                .given(enrolled(), validated(U31, U31_OUTCOMES, A1))
                .when(withdrawal)
                .expectEvents(new CreditValidationWithdrawn(
                        PATHWAY, U31, U31_OUTCOMES, List.of(A1), null, HOME_TEACHER, TODAY, "not supported"));
        fixture().given(enrolled()).when(withdrawal).expectNoEvents().expectException(violates("validation-missing"));
    }

    @Test
    void the_awarding_body_revokes_the_award_after_review() {
        fixture()
                .given(with(awardedOnBothUnits(), review(ReviewedDecision.QUALIFICATION_AWARD, null, MINISTRY)))
                .when(new RevokeQualificationAward(LEA, BACPRO_ELEC.id(), MINISTRY, TODAY, "grade average below 10"))
                .expectEvents(new QualificationAwardRevoked(
                        PATHWAY,
                        BACPRO_ELEC,
                        AWARDED_ON,
                        CatalogueFixtures.MINISTRY_FR,
                        List.of(U31, U12),
                        null,
                        MINISTRY,
                        TODAY,
                        "grade average below 10"));
        fixture()
                .given(bothUnitsRecognised())
                .when(new RevokeQualificationAward(LEA, BACPRO_ELEC.id(), MINISTRY, TODAY, "why"))
                .expectNoEvents()
                .expectException(violates("not-awarded"));
        fixture()
                .given(awardedOnBothUnits())
                .when(new RevokeQualificationAward(LEA, BACPRO_ELEC.id(), HOME_TEACHER, TODAY, "why"))
                .expectNoEvents()
                .expectException(violates("not-authorised"));
    }

    // --- invalidation (S11)

    private static WithdrawDependentCredit invalidationOf(AssessmentId assessment) {
        return new WithdrawDependentCredit(
                LEA, BACPRO_ELEC.id(), assessment, "the assessor was not authorised", HOME_TEACHER, TODAY);
    }

    @Test
    void S11_an_invalidation_withdraws_the_validation_then_the_recognition_then_the_award_each_with_the_reason() {
        var reason = "the assessor was not authorised";
        fixture()
                .given(awardedOnBothUnits())
                .when(invalidationOf(A1))
                .expectEvents(
                        new CreditValidationWithdrawn(
                                PATHWAY, U31, U31_OUTCOMES, List.of(A1), A1, HOME_TEACHER, TODAY, reason),
                        new UnitRecognitionRevoked(
                                PATHWAY,
                                BACPRO_ELEC,
                                U31,
                                null,
                                false,
                                U31_OUTCOMES,
                                A1,
                                null,
                                HOME_TEACHER,
                                TODAY,
                                reason),
                        new QualificationAwardRevoked(
                                PATHWAY,
                                BACPRO_ELEC,
                                AWARDED_ON,
                                CatalogueFixtures.MINISTRY_FR,
                                List.of(U31, U12),
                                A1,
                                HOME_TEACHER,
                                TODAY,
                                reason));
    }

    @Test
    void S11_the_cascade_delivered_twice_withdraws_once() {
        var history = with(
                awardedOnBothUnits(),
                new CreditValidationWithdrawn(PATHWAY, U31, U31_OUTCOMES, List.of(A1), A1, HOME_TEACHER, TODAY, "x"),
                new UnitRecognitionRevoked(
                        PATHWAY, BACPRO_ELEC, U31, null, false, U31_OUTCOMES, A1, null, HOME_TEACHER, TODAY, "x"),
                new QualificationAwardRevoked(
                        PATHWAY,
                        BACPRO_ELEC,
                        AWARDED_ON,
                        CatalogueFixtures.MINISTRY_FR,
                        List.of(U31, U12),
                        A1,
                        HOME_TEACHER,
                        TODAY,
                        "x"));

        fixture()
                .given(history)
                .when(invalidationOf(A1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void S11_a_part_of_a_unit_recognised_on_the_invalidated_assessment_is_revoked_too() {
        var reason = "the assessor was not authorised";
        fixture()
                .given(
                        enrolled(),
                        validated(U31, List.of("LO1", "LO2"), A1),
                        new PartialUnitCreditRecognised(
                                PATHWAY,
                                BACPRO_ELEC,
                                U31,
                                List.of("LO1", "LO2"),
                                List.of(A1),
                                HOME_TEACHER,
                                RECOGNISED_ON))
                .when(invalidationOf(A1))
                .expectEvents(
                        new CreditValidationWithdrawn(
                                PATHWAY, U31, List.of("LO1", "LO2"), List.of(A1), A1, HOME_TEACHER, TODAY, reason),
                        new UnitRecognitionRevoked(
                                PATHWAY,
                                BACPRO_ELEC,
                                U31,
                                null,
                                true,
                                List.of("LO1", "LO2"),
                                A1,
                                null,
                                HOME_TEACHER,
                                TODAY,
                                reason));
    }

    @Test
    void S11_an_invalidated_assessment_cannot_be_validated_again() {
        var content = anAssessmentOf(LEA, BACPRO_ELEC)
                .by(HOME_TEACHER)
                .achieving(U31, U31_OUTCOMES.toArray(String[]::new))
                .content();
        ledger.record(new AssessmentRecorded(A1, content));
        ledger.record(new AssessmentInvalidated(A1, LEA, "fraud", HOME_TEACHER, TODAY));

        fixture()
                .given(enrolled())
                .when(new ValidateCredit(LEA, BACPRO_ELEC.id(), U31, List.of(), List.of(A1), HOME_TEACHER, TODAY))
                .expectNoEvents()
                .expectException(violates("assessment-missing"));
    }

    // --- appeal: decision reversed (S12 remedy REVERSE_DECISION)

    @Test
    void an_upheld_appeal_reverses_a_recognition_by_the_appeal_body_once() {
        var reversal = new RevokeUnitRecognition(LEA, BACPRO_ELEC.id(), U31, MINISTRY, TODAY, "appeal upheld", APPEAL);
        var revoked = new UnitRecognitionRevoked(
                PATHWAY, BACPRO_ELEC, U31, null, false, U31_OUTCOMES, null, APPEAL, MINISTRY, TODAY, "appeal upheld");

        fixture().given(bothUnitsRecognised()).when(reversal).expectEvents(revoked);
        fixture().given(with(bothUnitsRecognised(), revoked)).when(reversal).expectNoEvents();
        fixture()
                .given(bothUnitsRecognised())
                .when(new RevokeUnitRecognition(
                        LEA, BACPRO_ELEC.id(), U31, HOME_TEACHER, TODAY, "appeal upheld", APPEAL))
                .expectNoEvents()
                .expectException(violates("not-authorised"));
    }

    /**
     * Issue 6's property test: the upholding checks that the recognition stands, but another cause
     * may revoke it before the remedy arrives; the remedy then changes nothing rather than failing
     * the cascade that applies it for ever (ADR 0010).
     */
    @Test
    void a_reversal_on_appeal_of_a_recognition_revoked_meanwhile_changes_nothing() {
        var revokedBefore = new UnitRecognitionRevoked(
                PATHWAY, BACPRO_ELEC, U31, null, false, U31_OUTCOMES, A1, null, HOME_TEACHER, TODAY, "invalidated");

        fixture()
                .given(with(bothUnitsRecognised(), revokedBefore))
                .when(new RevokeUnitRecognition(LEA, BACPRO_ELEC.id(), U31, MINISTRY, TODAY, "appeal upheld", APPEAL))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture()
                .given(with(bothUnitsRecognised(), revokedBefore))
                .when(new RevokeUnitRecognition(LEA, BACPRO_ELEC.id(), U31, HOME_TEACHER, TODAY, "why", null))
                .expectNoEvents()
                .expectException(violates("not-recognised"));
    }
}
