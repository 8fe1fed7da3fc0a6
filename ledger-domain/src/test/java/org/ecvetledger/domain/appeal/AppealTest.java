package org.ecvetledger.domain.appeal;

import static org.ecvetledger.domain.assessment.LedgerFixtures.BACPRO_ELEC;
import static org.ecvetledger.domain.assessment.LedgerFixtures.HOME_TEACHER;
import static org.ecvetledger.domain.assessment.LedgerFixtures.LEA;
import static org.ecvetledger.domain.assessment.LedgerFixtures.MARCO;
import static org.ecvetledger.domain.assessment.LedgerFixtures.U31;
import static org.ecvetledger.domain.assessment.LedgerFixtures.aMobilityLedger;
import static org.ecvetledger.domain.assessment.LedgerFixtures.anAssessmentOf;
import static org.ecvetledger.domain.assessment.LedgerFixtures.assessmentId;
import static org.ecvetledger.domain.catalogue.RuleViolations.violates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ecvetledger.domain.accumulation.RecognitionRecord;
import org.ecvetledger.domain.accumulation.RecognitionRecords;
import org.ecvetledger.domain.assessment.AssessmentContent;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.AssessmentInvalidated;
import org.ecvetledger.domain.assessment.AssessmentRecorded;
import org.ecvetledger.domain.assessment.LedgerFixtures;
import org.ecvetledger.domain.assessment.OutcomeResult;
import org.ecvetledger.domain.assessment.UnitGrade;
import org.ecvetledger.domain.catalogue.CatalogueFixtures;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.AppealRemedy;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.Test;

/** Appeals (DOMAIN c7, decision (j)5): lodged within the awarding body's window, decided once (S12, S13). */
class AppealTest {

    private static final AppealId APPEAL = AppealId.of("01a2c000-0000-7000-8000-000000000001");
    private static final AssessmentId A1 = assessmentId(1);
    private static final LocalDate ASSESSED_ON = LocalDate.of(2024, 3, 27);
    private static final Actor LEARNER_ADVOCATE = new Actor(LedgerFixtures.LYCEE, "Learner's advocate");
    private static final Actor APPEAL_BODY = new Actor(CatalogueFixtures.MINISTRY_FR, "Commission d'appel");
    private static final AssessmentContent FAILED = anAssessmentOf(LEA, BACPRO_ELEC)
            .by(HOME_TEACHER)
            .on(ASSESSED_ON)
            .notAchieving(U31, "LO1")
            .content();

    private Period window = Period.ofDays(30);
    private LocalDate today;
    private RecognitionRecord recognition;
    private boolean invalidated;

    private FixtureConfiguration<Appeal> fixture() {
        var ledger = aMobilityLedger().learner(MARCO);
        ledger.record(new AssessmentRecorded(A1, FAILED));
        if (invalidated) {
            ledger.record(
                    new AssessmentInvalidated(A1, LEA, "the assessor was not authorised", HOME_TEACHER, ASSESSED_ON));
        }
        var fixture = new AggregateTestFixture<>(Appeal.class);
        fixture.registerInjectableResource(ledger);
        fixture.registerInjectableResource(new AppealWindows() {
            @Override
            public Period windowOf(InstitutionId body) {
                return body.equals(CatalogueFixtures.MINISTRY_FR) ? window : Period.ofDays(30);
            }

            @Override
            public LocalDate today() {
                return today;
            }
        });
        fixture.registerInjectableResource(new RecognitionRecords() {
            @Override
            public Optional<RecognitionRecord> find(LearnerId learner, QualificationId qualification, UnitRef unit) {
                return learner.equals(LEA) && unit.equals(U31) ? Optional.ofNullable(recognition) : Optional.empty();
            }
        });
        return fixture;
    }

    /** Lodged on {@code on}: the ledger's calendar says so. */
    private LodgeAppeal lodge(LearnerId learner, AppealSubject subject, LocalDate on) {
        today = on;
        return new LodgeAppeal(APPEAL, learner, subject, "LO7 was not assessed fairly", LEARNER_ADVOCATE);
    }

    private static AppealLodged lodged(LocalDate on) {
        return new AppealLodged(
                APPEAL,
                LEA,
                AppealSubject.assessment(A1),
                BACPRO_ELEC,
                "LO7 was not assessed fairly",
                LEARNER_ADVOCATE,
                on,
                ASSESSED_ON,
                ASSESSED_ON.plusDays(30),
                CatalogueFixtures.MINISTRY_FR);
    }

    @Test
    void S12_an_appeal_on_the_last_day_of_the_window_is_lodged_with_its_deadline_and_appeal_body() {
        fixture()
                .givenNoPriorActivity()
                .when(lodge(LEA, AppealSubject.assessment(A1), ASSESSED_ON.plusDays(30)))
                .expectEvents(lodged(ASSESSED_ON.plusDays(30)));
    }

    @Test
    void S13_an_appeal_lodged_after_the_window_closed_is_refused_and_nothing_is_recorded() {
        fixture()
                .givenNoPriorActivity()
                .when(lodge(LEA, AppealSubject.assessment(A1), ASSESSED_ON.plusDays(31)))
                .expectNoEvents()
                .expectException(violates("appeal-window-closed"));
    }

    @Test
    void the_window_is_the_awarding_bodys_configuration() {
        window = Period.ofDays(60);

        fixture()
                .givenNoPriorActivity()
                .when(lodge(LEA, AppealSubject.assessment(A1), ASSESSED_ON.plusDays(45)))
                .expectSuccessfulHandlerExecution();
        window = Period.ofDays(10);
        fixture()
                .givenNoPriorActivity()
                .when(lodge(LEA, AppealSubject.assessment(A1), ASSESSED_ON.plusDays(11)))
                .expectException(violates("appeal-window-closed"));
    }

    @Test
    void a_learner_appeals_only_against_their_own_assessment_or_recognition() {
        fixture()
                .givenNoPriorActivity()
                .when(lodge(MARCO, AppealSubject.assessment(A1), ASSESSED_ON.plusDays(3)))
                .expectNoEvents()
                .expectException(violates("unknown-subject"));
        fixture()
                .givenNoPriorActivity()
                .when(lodge(LEA, AppealSubject.recognition(BACPRO_ELEC.id(), U31), ASSESSED_ON.plusDays(3)))
                .expectNoEvents()
                .expectException(violates("unknown-subject"));
    }

    @Test
    void an_appeal_against_a_recognition_runs_from_the_recognitions_effective_date() {
        var recognisedOn = LocalDate.of(2024, 6, 1);
        recognition = new RecognitionRecord(BACPRO_ELEC, recognisedOn, LedgerFixtures.LYCEE);
        var subject = AppealSubject.recognition(BACPRO_ELEC.id(), U31);

        fixture()
                .givenNoPriorActivity()
                .when(lodge(LEA, subject, recognisedOn.plusDays(20)))
                .expectEvents(new AppealLodged(
                        APPEAL,
                        LEA,
                        subject,
                        BACPRO_ELEC,
                        "LO7 was not assessed fairly",
                        LEARNER_ADVOCATE,
                        recognisedOn.plusDays(20),
                        recognisedOn,
                        recognisedOn.plusDays(30),
                        CatalogueFixtures.MINISTRY_FR));
    }

    @Test
    void S12_the_appeal_body_upholds_the_appeal_and_orders_a_reassessment() {
        var decidedOn = ASSESSED_ON.plusDays(40);

        fixture()
                .given(lodged(ASSESSED_ON.plusDays(5)))
                .when(new UpholdAppeal(
                        APPEAL, AppealRemedy.REASSESS, "the examiner skipped LO7", null, null, APPEAL_BODY, decidedOn))
                .expectEvents(new AppealUpheld(
                        APPEAL,
                        LEA,
                        AppealSubject.assessment(A1),
                        AppealRemedy.REASSESS,
                        "the examiner skipped LO7",
                        List.of(),
                        List.of(),
                        APPEAL_BODY,
                        decidedOn));
    }

    @Test
    void a_corrected_result_states_the_correction() {
        var results = List.of(new OutcomeResult(U31, "LO1", true));
        var grades = List.of(new UnitGrade(U31, BigDecimal.TEN));

        fixture()
                .given(lodged(ASSESSED_ON.plusDays(5)))
                .when(new UpholdAppeal(
                        APPEAL,
                        AppealRemedy.CORRECT_RESULT,
                        "miscounted",
                        results,
                        grades,
                        APPEAL_BODY,
                        ASSESSED_ON.plusDays(9)))
                .expectEvents(new AppealUpheld(
                        APPEAL,
                        LEA,
                        AppealSubject.assessment(A1),
                        AppealRemedy.CORRECT_RESULT,
                        "miscounted",
                        results,
                        grades,
                        APPEAL_BODY,
                        ASSESSED_ON.plusDays(9)));
        fixture()
                .given(lodged(ASSESSED_ON.plusDays(5)))
                .when(new UpholdAppeal(
                        APPEAL,
                        AppealRemedy.CORRECT_RESULT,
                        "miscounted",
                        null,
                        null,
                        APPEAL_BODY,
                        ASSESSED_ON.plusDays(9)))
                .expectNoEvents()
                .expectException(violates("correction-missing"));
    }

    @Test
    void a_remedy_must_fit_what_the_appeal_is_against() {
        fixture()
                .given(lodged(ASSESSED_ON.plusDays(5)))
                .when(new UpholdAppeal(
                        APPEAL, AppealRemedy.REVERSE_DECISION, "x", null, null, APPEAL_BODY, ASSESSED_ON.plusDays(9)))
                .expectNoEvents()
                .expectException(violates("remedy-not-applicable"));
    }

    @Test
    void S13_an_appeal_in_time_is_rejected_on_the_merits_with_reasoning() {
        fixture()
                .given(lodged(ASSESSED_ON.plusDays(5)))
                .when(new RejectAppeal(
                        APPEAL, "the assessment followed the agreed criteria", APPEAL_BODY, ASSESSED_ON.plusDays(20)))
                .expectEvents(new AppealRejected(
                        APPEAL,
                        LEA,
                        AppealSubject.assessment(A1),
                        "the assessment followed the agreed criteria",
                        APPEAL_BODY,
                        ASSESSED_ON.plusDays(20)));
    }

    @Test
    void only_the_appeal_body_decides_and_only_once() {
        fixture()
                .given(lodged(ASSESSED_ON.plusDays(5)))
                .when(new RejectAppeal(APPEAL, "no", HOME_TEACHER, ASSESSED_ON.plusDays(20)))
                .expectNoEvents()
                .expectException(violates("not-authorised"));
        fixture()
                .given(
                        lodged(ASSESSED_ON.plusDays(5)),
                        new AppealRejected(
                                APPEAL, LEA, AppealSubject.assessment(A1), "no", APPEAL_BODY, ASSESSED_ON.plusDays(20)))
                .when(new UpholdAppeal(
                        APPEAL,
                        AppealRemedy.REASSESS,
                        "on second thoughts",
                        null,
                        null,
                        APPEAL_BODY,
                        ASSESSED_ON.plusDays(21)))
                .expectNoEvents()
                .expectException(violates("appeal-decided"));
    }

    // --- found by issue 6's property test: a remedy with nothing left to act on

    @Test
    void a_result_invalidated_since_the_appeal_was_lodged_is_not_corrected_on_appeal_but_may_be_reassessed() {
        invalidated = true;
        var results = List.of(new OutcomeResult(U31, "LO1", true));

        fixture()
                .given(lodged(ASSESSED_ON.plusDays(5)))
                .when(new UpholdAppeal(
                        APPEAL,
                        AppealRemedy.CORRECT_RESULT,
                        "miscounted",
                        results,
                        null,
                        APPEAL_BODY,
                        ASSESSED_ON.plusDays(9)))
                .expectNoEvents()
                .expectException(violates("subject-withdrawn"));
        fixture()
                .given(lodged(ASSESSED_ON.plusDays(5)))
                .when(new UpholdAppeal(
                        APPEAL,
                        AppealRemedy.REASSESS,
                        "assess again",
                        null,
                        null,
                        APPEAL_BODY,
                        ASSESSED_ON.plusDays(9)))
                .expectEvents(new AppealUpheld(
                        APPEAL,
                        LEA,
                        AppealSubject.assessment(A1),
                        AppealRemedy.REASSESS,
                        "assess again",
                        List.of(),
                        List.of(),
                        APPEAL_BODY,
                        ASSESSED_ON.plusDays(9)));
        fixture()
                .given(lodged(ASSESSED_ON.plusDays(5)))
                .when(new RejectAppeal(APPEAL, "nothing left to appeal", APPEAL_BODY, ASSESSED_ON.plusDays(9)))
                .expectEvents(new AppealRejected(
                        APPEAL,
                        LEA,
                        AppealSubject.assessment(A1),
                        "nothing left to appeal",
                        APPEAL_BODY,
                        ASSESSED_ON.plusDays(9)));
    }

    @Test
    void a_recognition_revoked_or_replaced_since_the_appeal_was_lodged_is_not_reversed_on_appeal() {
        var recognisedOn = LocalDate.of(2024, 6, 1);
        var subject = AppealSubject.recognition(BACPRO_ELEC.id(), U31);
        var lodged = new AppealLodged(
                APPEAL,
                LEA,
                subject,
                BACPRO_ELEC,
                "LO7 was not assessed fairly",
                LEARNER_ADVOCATE,
                recognisedOn.plusDays(20),
                recognisedOn,
                recognisedOn.plusDays(30),
                CatalogueFixtures.MINISTRY_FR);
        var reversal = new UpholdAppeal(
                APPEAL,
                AppealRemedy.REVERSE_DECISION,
                "wrong unit",
                null,
                null,
                APPEAL_BODY,
                recognisedOn.plusDays(25));

        recognition = null;
        fixture().given(lodged).when(reversal).expectNoEvents().expectException(violates("subject-withdrawn"));
        recognition = new RecognitionRecord(BACPRO_ELEC, recognisedOn.plusDays(22), LedgerFixtures.LYCEE);
        fixture().given(lodged).when(reversal).expectNoEvents().expectException(violates("subject-withdrawn"));
        recognition = new RecognitionRecord(BACPRO_ELEC, recognisedOn, LedgerFixtures.LYCEE);
        fixture()
                .given(lodged)
                .when(reversal)
                .expectEvents(new AppealUpheld(
                        APPEAL,
                        LEA,
                        subject,
                        AppealRemedy.REVERSE_DECISION,
                        "wrong unit",
                        List.of(),
                        List.of(),
                        APPEAL_BODY,
                        recognisedOn.plusDays(25)));
    }
}
