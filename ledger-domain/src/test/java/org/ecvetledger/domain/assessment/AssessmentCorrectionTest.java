package org.ecvetledger.domain.assessment;

import static org.ecvetledger.domain.assessment.LedgerFixtures.BACPRO_ELEC;
import static org.ecvetledger.domain.assessment.LedgerFixtures.HOME_TEACHER;
import static org.ecvetledger.domain.assessment.LedgerFixtures.HOST_ASSESSOR;
import static org.ecvetledger.domain.assessment.LedgerFixtures.LEA;
import static org.ecvetledger.domain.assessment.LedgerFixtures.MARCO;
import static org.ecvetledger.domain.assessment.LedgerFixtures.STRANGER;
import static org.ecvetledger.domain.assessment.LedgerFixtures.U31;
import static org.ecvetledger.domain.assessment.LedgerFixtures.aMobilityLedger;
import static org.ecvetledger.domain.assessment.LedgerFixtures.anAssessmentOf;
import static org.ecvetledger.domain.assessment.LedgerFixtures.assessmentId;
import static org.ecvetledger.domain.catalogue.RuleViolations.violates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.AppealRemedy;
import org.junit.jupiter.api.Test;

/** Correcting, invalidating and reassessing an assessment (DOMAIN c7; R24, R25; S09, S11, S12). */
class AssessmentCorrectionTest {

    private static final AssessmentId A1 = assessmentId(1);
    private static final AssessmentId A2 = assessmentId(2);
    private static final LocalDate TODAY = LocalDate.of(2024, 7, 1);
    private static final AppealId APPEAL = AppealId.of("01a2c000-0000-7000-8000-000000000001");
    private static final Actor APPEAL_BODY =
            new Actor(org.ecvetledger.domain.catalogue.CatalogueFixtures.MINISTRY_FR, "Jury d'appel");

    private static FixtureConfiguration<Assessment> fixtureOn(LedgerFixtures.Ledger ledger) {
        var fixture = new AggregateTestFixture<>(Assessment.class);
        fixture.registerInjectableResource(ledger);
        return fixture;
    }

    /** U05 in the scenario; here U31, all outcomes achieved, graded 9 by mistake (S09). */
    private static AssessmentContent gradedNine() {
        return anAssessmentOf(LEA, BACPRO_ELEC)
                .by(HOME_TEACHER)
                .achieving(U31, "LO1", "LO2", "LO3", "LO4", "LO5", "LO6")
                .graded(U31, "9")
                .content();
    }

    private static List<UnitGrade> grade(String grade) {
        return List.of(new UnitGrade(U31, new BigDecimal(grade)));
    }

    @Test
    void S09_a_clerical_correction_states_the_original_and_the_corrected_values_with_reason_and_actor() {
        var original = gradedNine();

        fixtureOn(aMobilityLedger())
                .given(new AssessmentRecorded(A1, original))
                .when(new CorrectAssessment(
                        A1, original.results(), grade("13"), "transcription error", HOME_TEACHER, TODAY, null))
                .expectEvents(new AssessmentCorrected(
                        A1,
                        LEA,
                        1,
                        original.results(),
                        grade("9"),
                        original.results(),
                        grade("13"),
                        "transcription error",
                        HOME_TEACHER,
                        TODAY,
                        null));
    }

    @Test
    void a_second_correction_is_numbered_and_replaces_the_values_of_the_first() {
        var original = gradedNine();
        var first = new AssessmentCorrected(
                A1,
                LEA,
                1,
                original.results(),
                grade("9"),
                original.results(),
                grade("13"),
                "typo",
                HOME_TEACHER,
                TODAY,
                null);

        fixtureOn(aMobilityLedger())
                .given(new AssessmentRecorded(A1, original), first)
                .when(new CorrectAssessment(
                        A1, original.results(), grade("12"), "second look", HOME_TEACHER, TODAY, null))
                .expectEvents(new AssessmentCorrected(
                        A1,
                        LEA,
                        2,
                        original.results(),
                        grade("13"),
                        original.results(),
                        grade("12"),
                        "second look",
                        HOME_TEACHER,
                        TODAY,
                        null));
    }

    @Test
    void only_the_assessing_institution_corrects_its_assessment() {
        var original = gradedNine();

        fixtureOn(aMobilityLedger())
                .given(new AssessmentRecorded(A1, original))
                .when(new CorrectAssessment(A1, original.results(), grade("13"), "typo", HOST_ASSESSOR, TODAY, null))
                .expectNoEvents()
                .expectException(violates("not-authorised"));
    }

    @Test
    void a_correction_that_changes_nothing_is_refused() {
        var original = gradedNine();

        fixtureOn(aMobilityLedger())
                .given(new AssessmentRecorded(A1, original))
                .when(new CorrectAssessment(A1, original.results(), grade("9"), "typo", HOME_TEACHER, TODAY, null))
                .expectNoEvents()
                .expectException(violates("nothing-corrected"));
    }

    @Test
    void corrected_results_are_checked_like_those_of_a_new_assessment() {
        var original = gradedNine();

        fixtureOn(aMobilityLedger())
                .given(new AssessmentRecorded(A1, original))
                .when(new CorrectAssessment(
                        A1, List.of(new OutcomeResult(U31, "LO9", true)), List.of(), "typo", HOME_TEACHER, TODAY, null))
                .expectNoEvents()
                .expectException(violates("unknown-learning-outcome"));
        fixtureOn(aMobilityLedger())
                .given(new AssessmentRecorded(A1, original))
                .when(new CorrectAssessment(A1, original.results(), grade("21"), "typo", HOME_TEACHER, TODAY, null))
                .expectNoEvents()
                .expectException(violates("grade-outside-scale"));
    }

    @Test
    void an_invalidated_assessment_can_be_neither_corrected_nor_invalidated_again() {
        var original = gradedNine();
        var invalidated = new AssessmentInvalidated(A1, LEA, "fraud", HOME_TEACHER, TODAY);

        fixtureOn(aMobilityLedger())
                .given(new AssessmentRecorded(A1, original), invalidated)
                .when(new CorrectAssessment(A1, original.results(), grade("13"), "typo", HOME_TEACHER, TODAY, null))
                .expectNoEvents()
                .expectException(violates("assessment-invalidated"));
        fixtureOn(aMobilityLedger())
                .given(new AssessmentRecorded(A1, original), invalidated)
                .when(new InvalidateAssessment(A1, "again", HOME_TEACHER, TODAY))
                .expectNoEvents()
                .expectException(violates("assessment-invalidated"));
    }

    /**
     * Issue 6's property test: the upholding of an appeal checks that its assessment is not
     * invalidated, but an invalidation may land between the upholding and its remedy; the remedy then
     * changes nothing rather than failing the cascade that applies it for ever (ADR 0010).
     */
    @Test
    void a_correction_on_appeal_of_an_assessment_invalidated_meanwhile_changes_nothing() {
        var original = gradedNine();
        var invalidated = new AssessmentInvalidated(A1, LEA, "fraud", HOME_TEACHER, TODAY);

        fixtureOn(aMobilityLedger())
                .given(new AssessmentRecorded(A1, original), invalidated)
                .when(new CorrectAssessment(
                        A1, original.results(), grade("13"), "appeal upheld", APPEAL_BODY, TODAY, APPEAL))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void S11_the_home_institution_holding_the_validate_function_invalidates_a_host_assessment() {
        var byTheHost = anAssessmentOf(LEA, BACPRO_ELEC)
                .by(HOST_ASSESSOR)
                .underAgreement(LedgerFixtures.AGREEMENT)
                .achieving(U31, "LO1")
                .content();

        fixtureOn(aMobilityLedger())
                .given(new AssessmentRecorded(A1, byTheHost))
                .when(new InvalidateAssessment(A1, " the assessor was not authorised ", HOME_TEACHER, TODAY))
                .expectEvents(
                        new AssessmentInvalidated(A1, LEA, "the assessor was not authorised", HOME_TEACHER, TODAY));
    }

    @Test
    void an_institution_neither_assessor_nor_validator_cannot_invalidate() {
        fixtureOn(aMobilityLedger())
                .given(new AssessmentRecorded(A1, gradedNine()))
                .when(new InvalidateAssessment(A1, "fraud", new Actor(STRANGER, "Sr. García"), TODAY))
                .expectNoEvents()
                .expectException(violates("not-authorised"));
    }

    @Test
    void S12_the_appeal_body_corrects_a_result_only_when_the_upheld_appeal_ordered_it_and_only_once() {
        var original = gradedNine();
        var correction =
                new CorrectAssessment(A1, original.results(), grade("11"), "appeal upheld", APPEAL_BODY, TODAY, APPEAL);
        var applied = new AssessmentCorrected(
                A1,
                LEA,
                1,
                original.results(),
                grade("9"),
                original.results(),
                grade("11"),
                "appeal upheld",
                APPEAL_BODY,
                TODAY,
                APPEAL);

        var ledger = aMobilityLedger();
        ledger.record(new AssessmentRecorded(A1, original));
        fixtureOn(ledger)
                .given(new AssessmentRecorded(A1, original))
                .when(correction)
                .expectNoEvents()
                .expectException(violates("not-authorised"));

        ledger.appealUpheld(A1, APPEAL, AppealRemedy.CORRECT_RESULT);
        fixtureOn(ledger)
                .given(new AssessmentRecorded(A1, original))
                .when(correction)
                .expectEvents(applied);
        fixtureOn(ledger)
                .given(new AssessmentRecorded(A1, original), applied)
                .when(correction)
                .expectNoEvents();
    }

    @Test
    void S12_a_reassessment_ordered_on_appeal_supersedes_the_earlier_assessment_once() {
        var failed = anAssessmentOf(LEA, BACPRO_ELEC)
                .by(HOME_TEACHER)
                .notAchieving(U31, "LO1")
                .content();
        var passed = anAssessmentOf(LEA, BACPRO_ELEC)
                .by(HOME_TEACHER)
                .on(TODAY)
                .achieving(U31, "LO1")
                .content();
        var ledger = aMobilityLedger();
        ledger.record(new AssessmentRecorded(A1, failed));

        fixtureOn(ledger)
                .givenNoPriorActivity()
                .when(new RecordAssessment(A2, passed, A1, APPEAL))
                .expectNoEvents()
                .expectException(violates("reassessment-not-ordered"));

        ledger.appealUpheld(A1, APPEAL, AppealRemedy.REASSESS);
        fixtureOn(ledger)
                .givenNoPriorActivity()
                .when(new RecordAssessment(A2, passed, A1, APPEAL))
                .expectEvents(
                        new AssessmentRecorded(A2, passed),
                        new ReassessmentRecorded(A2, A1, APPEAL, HOME_TEACHER, TODAY));

        ledger.record(new ReassessmentRecorded(A2, A1, APPEAL, HOME_TEACHER, TODAY));
        fixtureOn(ledger)
                .givenNoPriorActivity()
                .when(new RecordAssessment(assessmentId(3), passed, A1, APPEAL))
                .expectNoEvents()
                .expectException(violates("already-superseded"));
    }

    @Test
    void a_reassessment_is_of_the_same_learner() {
        var ledger = aMobilityLedger().learner(MARCO);
        ledger.record(new AssessmentRecorded(
                A1,
                anAssessmentOf(LEA, BACPRO_ELEC)
                        .by(HOME_TEACHER)
                        .notAchieving(U31, "LO1")
                        .content()));
        ledger.appealUpheld(A1, APPEAL, AppealRemedy.REASSESS);

        fixtureOn(ledger)
                .givenNoPriorActivity()
                .when(new RecordAssessment(
                        A2,
                        anAssessmentOf(MARCO, BACPRO_ELEC)
                                .by(HOME_TEACHER)
                                .achieving(U31, "LO1")
                                .content(),
                        A1,
                        APPEAL))
                .expectNoEvents()
                .expectException(violates("reassessment-not-ordered"));
    }
}
