package org.ecvetledger.projections.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.projections.transcript.TranscriptHistory.BRANLY;
import static org.ecvetledger.projections.transcript.TranscriptHistory.MALTA;
import static org.ecvetledger.projections.transcript.TranscriptHistory.U12;
import static org.ecvetledger.projections.transcript.TranscriptHistory.U31;
import static org.ecvetledger.projections.transcript.TranscriptHistory.actor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecvetledger.domain.accumulation.CreditValidationWithdrawn;
import org.ecvetledger.domain.accumulation.QualificationAwardRevoked;
import org.ecvetledger.domain.accumulation.RecognitionConfirmed;
import org.ecvetledger.domain.accumulation.RecognitionReviewRequired;
import org.ecvetledger.domain.accumulation.ReviewedDecision;
import org.ecvetledger.domain.accumulation.UnitRecognitionRevoked;
import org.ecvetledger.domain.appeal.AppealLodged;
import org.ecvetledger.domain.appeal.AppealSubject;
import org.ecvetledger.domain.appeal.AppealUpheld;
import org.ecvetledger.domain.assessment.AssessmentCorrected;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.AssessmentInvalidated;
import org.ecvetledger.domain.assessment.OutcomeResult;
import org.ecvetledger.domain.assessment.ReassessmentRecorded;
import org.ecvetledger.domain.assessment.UnitGrade;
import org.ecvetledger.domain.credential.CredentialId;
import org.ecvetledger.domain.credential.CredentialIssued;
import org.ecvetledger.domain.credential.CredentialRevoked;
import org.ecvetledger.domain.credential.RevocationReason;
import org.ecvetledger.domain.credential.StatedDecision;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.AppealRemedy;
import org.ecvetledger.domain.shared.CreditPoints;
import org.junit.jupiter.api.Test;

/**
 * The transcript and the audit trail over the events that change the past without rewriting it
 * (ADR 0010: corrections, invalidations, reviews, revocations, appeals) and over credentials (ADR
 * 0012), each also as the ledger said it before the change was known.
 */
class TranscriptChangesFoldTest {

    private static final Instant START = Instant.parse("2027-01-01T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 12, 1);
    private static final Map<String, StandardProfile> STANDARDS =
            Map.of(MALTA.toString(), new StandardProfile(MALTA.toString(), "MT", "ECVET", "0-20"));

    private static TimeSlice everything() {
        return new TimeSlice(null, null, TODAY);
    }

    private static TimeSlice knownAt(Instant instant) {
        return new TimeSlice(null, instant, TODAY);
    }

    private static TranscriptView transcript(TranscriptHistory history, TimeSlice slice) {
        return TranscriptFold.fold(history.learner.toString(), history.entries(), STANDARDS, slice);
    }

    private static TranscriptUnitView unit(TranscriptView transcript, String unit) {
        return transcript.units().stream()
                .filter(u -> u.unit().equals(unit))
                .findFirst()
                .orElseThrow(() -> new AssertionError(unit + " not on " + transcript));
    }

    private static BigDecimal total(TranscriptView transcript) {
        return transcript.totals().stream()
                .filter(t -> t.framework().equals("ECVET"))
                .map(PointsTotalView::points)
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }

    /** Two units of the Maltese qualification recognised with 10 and 20 points, and the award. */
    private static final class Awarded {
        final TranscriptHistory history = new TranscriptHistory(500, START);
        final AssessmentId first = new AssessmentId(UUID.randomUUID());
        final AssessmentId second = new AssessmentId(UUID.randomUUID());
        final String path = history.stream(MALTA);
        TranscriptHistory.Recorded recognisedFirst;
        TranscriptHistory.Recorded award;

        Awarded() {
            history.record(history.enrolled(MALTA, LocalDate.of(2026, 9, 1)), path);
            history.record(
                    history.assessed(first, MALTA, U31, BRANLY, LocalDate.of(2027, 3, 1), true, 9, null),
                    first.toString());
            history.record(
                    history.assessed(second, MALTA, U12, BRANLY, LocalDate.of(2027, 3, 2), true, 15, null),
                    second.toString());
            history.record(history.validated(MALTA, U31, first, LocalDate.of(2027, 3, 10)), path);
            history.record(history.validated(MALTA, U12, second, LocalDate.of(2027, 3, 10)), path);
            recognisedFirst = history.record(
                    history.recognised(MALTA, U31, "10", 9, first, LocalDate.of(2027, 3, 12), null), path);
            history.record(history.recognised(MALTA, U12, "20", 15, second, LocalDate.of(2027, 3, 12), null), path);
            award = history.record(history.awarded(MALTA, List.of(U31, U12), "30", LocalDate.of(2027, 4, 1)), path);
        }

        AssessmentCorrected correction(int grade, AppealId appeal) {
            var results = List.of(
                    new OutcomeResult(U31, "LO1", true),
                    new OutcomeResult(U31, "LO2", true),
                    new OutcomeResult(U31, "LO3", false));
            return new AssessmentCorrected(
                    first,
                    history.learner,
                    1,
                    List.of(
                            new OutcomeResult(U31, "LO1", true),
                            new OutcomeResult(U31, "LO2", true),
                            new OutcomeResult(U31, "LO3", true)),
                    List.of(new UnitGrade(U31, BigDecimal.valueOf(9))),
                    results,
                    List.of(new UnitGrade(U31, BigDecimal.valueOf(grade))),
                    "transcription error",
                    actor(BRANLY),
                    LocalDate.of(2027, 5, 1),
                    appeal);
        }

        RecognitionReviewRequired review(ReviewedDecision decision, boolean ofUnit) {
            return new RecognitionReviewRequired(
                    history.pathway(MALTA),
                    MALTA,
                    decision,
                    ofUnit ? U31 : null,
                    first,
                    1,
                    BRANLY,
                    actor(BRANLY),
                    "assessment corrected",
                    LocalDate.of(2027, 5, 1));
        }

        TranscriptHistory.Recorded invalidateFirst() {
            var invalidation = history.record(
                    new AssessmentInvalidated(
                            first,
                            history.learner,
                            "the assessor was not authorised",
                            actor(BRANLY),
                            LocalDate.of(2027, 6, 1)),
                    first.toString());
            history.record(
                    new CreditValidationWithdrawn(
                            history.pathway(MALTA),
                            U31,
                            List.of("LO1", "LO2", "LO3"),
                            List.of(first),
                            first,
                            actor(BRANLY),
                            LocalDate.of(2027, 6, 1),
                            "the assessor was not authorised"),
                    path);
            history.record(
                    new UnitRecognitionRevoked(
                            history.pathway(MALTA),
                            MALTA,
                            U31,
                            CreditPoints.of("10"),
                            false,
                            List.of("LO1", "LO2", "LO3"),
                            first,
                            null,
                            actor(BRANLY),
                            LocalDate.of(2027, 6, 1),
                            "the assessor was not authorised"),
                    path);
            history.record(
                    new QualificationAwardRevoked(
                            history.pathway(MALTA),
                            MALTA,
                            LocalDate.of(2027, 4, 1),
                            BRANLY,
                            List.of(U31, U12),
                            first,
                            actor(BRANLY),
                            LocalDate.of(2027, 6, 1),
                            "the assessor was not authorised"),
                    path);
            return invalidation;
        }
    }

    @Test
    void S09_a_corrected_assessment_shows_the_corrected_grade_and_results_with_the_original_beside_them() {
        var awarded = new Awarded();
        var beforeCorrection = awarded.history.now();
        var correction = awarded.history.record(awarded.correction(13, null), awarded.first.toString());

        var now = unit(transcript(awarded.history, everything()), "U31@1");
        var then = unit(transcript(awarded.history, knownAt(beforeCorrection)), "U31@1");

        assertThat(now.attempts()).singleElement().satisfies(attempt -> {
            assertThat(attempt.status()).isEqualTo("CORRECTED");
            assertThat(attempt.grade()).isEqualByComparingTo("13");
            assertThat(attempt.achieved()).containsExactly("LO1", "LO2");
            assertThat(attempt.notAchieved()).containsExactly("LO3");
            assertThat(attempt.corrections()).singleElement().satisfies(c -> {
                assertThat(c.previousGrade()).isEqualByComparingTo("9");
                assertThat(c.grade()).isEqualByComparingTo("13");
                assertThat(c.previouslyAchieved()).containsExactly("LO1", "LO2", "LO3");
                assertThat(c.achieved()).containsExactly("LO1", "LO2");
                assertThat(c.institution()).isEqualTo(BRANLY.value());
                assertThat(c.person()).isEqualTo("Officer of " + BRANLY.value());
                assertThat(c.reason()).isEqualTo("transcription error");
                assertThat(c.effectiveDate()).isEqualTo(LocalDate.of(2027, 5, 1));
                assertThat(c.eventId()).isEqualTo(correction.envelope().eventId());
            });
        });
        assertThat(now.learningOutcomes())
                .filteredOn(lo -> lo.id().equals("LO3"))
                .singleElement()
                .satisfies(lo -> assertThat(lo.achieved()).isFalse());
        assertThat(now.sourceEvents()).contains(correction.envelope().eventId());
        assertThat(then.attempts().get(0).status()).isEqualTo("ACTIVE");
        assertThat(then.attempts().get(0).grade()).isEqualByComparingTo("9");
        assertThat(then.attempts().get(0).corrections()).isEmpty();
    }

    @Test
    void S10_a_decision_under_review_keeps_its_points_until_confirmed_and_leaves_the_totals_when_revoked() {
        var awarded = new Awarded();
        awarded.history.record(awarded.correction(13, null), awarded.first.toString());
        var flagged = awarded.history.record(awarded.review(ReviewedDecision.UNIT_RECOGNITION, true), awarded.path);
        awarded.history.record(awarded.review(ReviewedDecision.QUALIFICATION_AWARD, false), awarded.path);
        var whileUnderReview = awarded.history.now();

        var underReview = transcript(awarded.history, everything());
        assertThat(unit(underReview, "U31@1").status()).isEqualTo(UnitStatus.UNDER_REVIEW);
        assertThat(unit(underReview, "U31@1").reviews()).singleElement().satisfies(r -> {
            assertThat(r.eventId()).isEqualTo(flagged.envelope().eventId());
            assertThat(r.institution()).isEqualTo(BRANLY.value());
            assertThat(r.reason()).isEqualTo("assessment corrected");
        });
        assertThat(total(underReview)).as("a decision under review stands (c7)").isEqualByComparingTo("30");
        assertThat(underReview.qualifications().get(0).awards().get(0).status()).isEqualTo("UNDER_REVIEW");

        var confirmed = awarded.history.record(
                new RecognitionConfirmed(
                        awarded.history.pathway(MALTA),
                        ReviewedDecision.UNIT_RECOGNITION,
                        U31,
                        actor(BRANLY),
                        LocalDate.of(2027, 5, 5),
                        "grade change does not alter the decision"),
                awarded.path);
        var afterConfirmation = unit(transcript(awarded.history, everything()), "U31@1");
        assertThat(afterConfirmation.status()).isEqualTo(UnitStatus.RECOGNISED);
        assertThat(afterConfirmation.reviews())
                .extracting(DecisionView::eventId)
                .containsExactly(
                        flagged.envelope().eventId(), confirmed.envelope().eventId());

        var revoked = awarded.history.record(
                new UnitRecognitionRevoked(
                        awarded.history.pathway(MALTA),
                        MALTA,
                        U31,
                        CreditPoints.of("10"),
                        false,
                        List.of("LO1", "LO2", "LO3"),
                        null,
                        null,
                        actor(BRANLY),
                        LocalDate.of(2027, 5, 6),
                        "recognised in error"),
                awarded.path);
        var afterRevocation = transcript(awarded.history, everything());
        var line = unit(afterRevocation, "U31@1");
        assertThat(line.status()).isEqualTo(UnitStatus.REVOKED);
        assertThat(line.points())
                .as("R7: a revoked recognition's points no longer count")
                .isNull();
        assertThat(line.pointsNotCounted()).isEqualByComparingTo("10");
        assertThat(line.pointsNotCountedBecause()).isEqualTo(UnitStatus.REVOKED);
        assertThat(line.revocations()).singleElement().satisfies(r -> {
            assertThat(r.eventId()).isEqualTo(revoked.envelope().eventId());
            assertThat(r.reason()).isEqualTo("recognised in error");
        });
        assertThat(total(afterRevocation)).isEqualByComparingTo("20");
        assertThat(afterRevocation.totals().get(0).sources())
                .as("R7: the total names only the recognitions that stand")
                .extracting(PointsSourceView::unit)
                .containsExactly("U12@1");
        assertThat(unit(transcript(awarded.history, knownAt(whileUnderReview)), "U31@1")
                        .status())
                .isEqualTo(UnitStatus.UNDER_REVIEW);
    }

    @Test
    void S11_an_invalidated_assessment_is_marked_its_credit_withdrawn_and_revoked_and_the_award_revoked() {
        var awarded = new Awarded();
        var beforeFraudFound = awarded.history.now();
        var invalidation = awarded.invalidateFirst();

        var after = transcript(awarded.history, everything());
        var before = transcript(awarded.history, knownAt(beforeFraudFound));
        var beforeEffect = transcript(awarded.history, new TimeSlice(LocalDate.of(2027, 5, 31), null, TODAY));

        var line = unit(after, "U31@1");
        assertThat(line.status()).isEqualTo(UnitStatus.REVOKED);
        assertThat(line.attempts()).singleElement().satisfies(attempt -> {
            assertThat(attempt.status()).isEqualTo("INVALIDATED");
            assertThat(attempt.counted()).as("its credit is gone").isFalse();
            assertThat(attempt.invalidation().reason()).isEqualTo("the assessor was not authorised");
            assertThat(attempt.invalidation().eventId())
                    .isEqualTo(invalidation.envelope().eventId());
        });
        assertThat(line.withdrawals())
                .singleElement()
                .satisfies(w -> assertThat(w.learningOutcomes()).containsExactly("LO1", "LO2", "LO3"));
        assertThat(line.learningOutcomes()).noneMatch(LearningOutcomeView::validated);
        assertThat(total(after)).isEqualByComparingTo("20");
        assertThat(after.qualifications().get(0).awards()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo("REVOKED");
            assertThat(a.revocation().reason()).isEqualTo("the assessor was not authorised");
        });

        // what did the ledger say before the fraud was found, and about the day before it took effect
        for (var earlier : List.of(before, beforeEffect)) {
            assertThat(unit(earlier, "U31@1").status()).isEqualTo(UnitStatus.RECOGNISED);
            assertThat(unit(earlier, "U31@1").attempts().get(0).status()).isEqualTo("ACTIVE");
            assertThat(total(earlier)).isEqualByComparingTo("30");
            assertThat(earlier.qualifications().get(0).awards().get(0).status()).isEqualTo("ACTIVE");
        }
    }

    @Test
    void a_withdrawn_validation_without_recognition_shows_credit_withdrawn_until_validated_again() {
        var history = new TranscriptHistory(10, START);
        var path = history.stream(MALTA);
        var assessment = new AssessmentId(UUID.randomUUID());
        history.record(history.enrolled(MALTA, LocalDate.of(2026, 9, 1)), path);
        history.record(
                history.assessed(assessment, MALTA, U31, BRANLY, LocalDate.of(2027, 3, 1), true, 12, null),
                assessment.toString());
        history.record(history.validated(MALTA, U31, assessment, LocalDate.of(2027, 3, 10)), path);
        history.record(
                new CreditValidationWithdrawn(
                        history.pathway(MALTA),
                        U31,
                        List.of("LO1", "LO2", "LO3"),
                        List.of(assessment),
                        null,
                        actor(BRANLY),
                        LocalDate.of(2027, 4, 1),
                        "validated on the wrong unit version"),
                path);

        var withdrawn = unit(transcript(history, everything()), "U31@1");
        assertThat(withdrawn.status()).isEqualTo(UnitStatus.CREDIT_WITHDRAWN);
        assertThat(withdrawn.withdrawals().get(0).reason()).isEqualTo("validated on the wrong unit version");

        history.record(history.validated(MALTA, U31, assessment, LocalDate.of(2027, 4, 2)), path);
        assertThat(unit(transcript(history, everything()), "U31@1").status()).isEqualTo(UnitStatus.IN_PROGRESS);
    }

    @Test
    void S12_an_assessment_superseded_by_an_appeals_reassessment_is_marked_with_the_appeal() {
        var history = new TranscriptHistory(10, START);
        var path = history.stream(MALTA);
        var failed = new AssessmentId(UUID.randomUUID());
        var passed = new AssessmentId(UUID.randomUUID());
        var appeal = new AppealId(UUID.randomUUID());
        history.record(history.enrolled(MALTA, LocalDate.of(2026, 9, 1)), path);
        history.record(
                history.assessed(failed, MALTA, U31, BRANLY, LocalDate.of(2027, 3, 1), false, null, null),
                failed.toString());
        history.record(
                new AppealLodged(
                        appeal,
                        history.learner,
                        AppealSubject.assessment(failed),
                        MALTA,
                        "LO3 was observed",
                        actor(BRANLY),
                        LocalDate.of(2027, 3, 5),
                        LocalDate.of(2027, 3, 1),
                        LocalDate.of(2027, 3, 31),
                        BRANLY),
                appeal.toString());
        history.record(
                new AppealUpheld(
                        appeal,
                        history.learner,
                        AppealSubject.assessment(failed),
                        AppealRemedy.REASSESS,
                        "the examiner skipped LO3",
                        List.of(),
                        List.of(),
                        actor(BRANLY),
                        LocalDate.of(2027, 3, 10)),
                appeal.toString());
        var beforeReassessment = history.now();
        history.record(
                history.assessed(passed, MALTA, U31, BRANLY, LocalDate.of(2027, 3, 20), true, null, null),
                passed.toString());
        var reassessment = history.record(
                new ReassessmentRecorded(passed, failed, appeal, actor(BRANLY), LocalDate.of(2027, 3, 20)),
                passed.toString());

        var line = unit(transcript(history, everything()), "U31@1");
        assertThat(line.attempts()).hasSize(2);
        assertThat(line.attempts().get(0)).satisfies(attempt -> {
            assertThat(attempt.assessmentId()).isEqualTo(failed.toString());
            assertThat(attempt.status()).isEqualTo("SUPERSEDED");
            assertThat(attempt.supersededBy()).isEqualTo(passed.toString());
            assertThat(attempt.supersedingAppeal()).isEqualTo(appeal.toString());
            assertThat(attempt.supersedingEvent())
                    .isEqualTo(reassessment.envelope().eventId());
        });
        assertThat(line.attempts().get(1).status()).isEqualTo("ACTIVE");
        assertThat(unit(transcript(history, knownAt(beforeReassessment)), "U31@1")
                        .attempts()
                        .get(0)
                        .status())
                .isEqualTo("ACTIVE");

        var trail = TrailFold.fold("learner", history.entries(), everything());
        assertThat(trail.entries())
                .extracting(TrailEntryView::eventType)
                .containsExactly(
                        "LearnerEnrolled",
                        "AssessmentRecorded",
                        "AppealLodged",
                        "AppealUpheld",
                        "AssessmentRecorded",
                        "ReassessmentRecorded");
        assertThat(trail.entries().get(1)).satisfies(original -> {
            assertThat(original.markers()).containsExactly(TrailFold.SUPERSEDED);
            assertThat(original.supersededBy())
                    .isEqualTo(reassessment.envelope().eventId());
        });
        assertThat(trail.entries().get(2)).satisfies(lodged -> {
            assertThat(lodged.stage()).isEqualTo(TrailStage.ASSESSMENT);
            assertThat(lodged.reason()).isEqualTo("LO3 was observed");
            assertThat(lodged.markers()).contains(TrailFold.REVIEW);
        });
        assertThat(trail.entries().get(3).reason()).isEqualTo("the examiner skipped LO3");
        assertThat(trail.entries().get(5).effectiveDate())
                .as("the reassessment takes effect on the day it was assessed, as its assessment does")
                .isEqualTo(LocalDate.of(2027, 3, 20));
    }

    @Test
    void S09_S32_the_trail_keeps_the_original_assessment_marked_superseded_by_its_correction() {
        var awarded = new Awarded();
        var original = awarded.history.recorded.get(1);
        var correction = awarded.history.record(awarded.correction(13, null), awarded.first.toString());

        var trail = TrailFold.fold("learner", awarded.history.entries(), everything());

        var assessment = trail.entries().stream()
                .filter(e -> e.stage() == TrailStage.ASSESSMENT)
                .toList();
        assertThat(assessment)
                .extracting(TrailEntryView::eventType)
                .containsExactly("AssessmentRecorded", "AssessmentRecorded", "AssessmentCorrected");
        assertThat(assessment.get(0)).satisfies(e -> {
            assertThat(e.eventId()).isEqualTo(original.envelope().eventId());
            assertThat(e.markers()).containsExactly(TrailFold.SUPERSEDED);
            assertThat(e.supersededBy()).isEqualTo(correction.envelope().eventId());
        });
        assertThat(assessment.get(2)).satisfies(e -> {
            assertThat(e.markers()).isEmpty();
            assertThat(e.reason()).isEqualTo("transcription error");
            assertThat(e.actorInstitution()).isEqualTo(BRANLY.value());
            assertThat(e.payload()).isInstanceOf(AssessmentCorrected.class);
        });
    }

    @Test
    void S11_the_trail_shows_the_invalidation_cascade_in_order_and_hides_it_before_it_was_known() {
        var awarded = new Awarded();
        var credential = new CredentialId(UUID.randomUUID());
        awarded.history.record(issued(awarded.history, credential), credential.toString());
        var beforeFraudFound = awarded.history.now();
        awarded.invalidateFirst();
        awarded.history.record(
                new CredentialRevoked(
                        credential,
                        BRANLY,
                        17,
                        RevocationReason.MISCONDUCT,
                        "fraud in U31",
                        null,
                        actor(BRANLY),
                        LocalDate.of(2027, 6, 2)),
                credential.toString());

        var trail = TrailFold.fold("learner", awarded.history.entries(), everything());
        var cascade = trail.entries().stream()
                .filter(e -> List.of(
                                "AssessmentInvalidated",
                                "CreditValidationWithdrawn",
                                "UnitRecognitionRevoked",
                                "QualificationAwardRevoked",
                                "CredentialRevoked")
                        .contains(e.eventType()))
                .toList();

        assertThat(cascade)
                .extracting(TrailEntryView::eventType)
                .containsExactly(
                        "AssessmentInvalidated",
                        "CreditValidationWithdrawn",
                        "UnitRecognitionRevoked",
                        "QualificationAwardRevoked",
                        "CredentialRevoked");
        assertThat(cascade).allSatisfy(e -> {
            assertThat(e.markers()).contains(TrailFold.REVOCATION);
            assertThat(e.actorInstitution()).isEqualTo(BRANLY.value());
            assertThat(e.effectiveDate()).isNotNull();
            assertThat(e.recordedAt()).isNotNull();
            assertThat(e.correlationId()).startsWith("corr-");
            assertThat(e.reason()).isNotBlank();
        });
        assertThat(cascade.get(4).reason()).isEqualTo("MISCONDUCT: fraud in U31");
        assertThat(trail.entries())
                .filteredOn(e ->
                        e.eventId().equals(awarded.recognisedFirst.envelope().eventId()))
                .singleElement()
                .satisfies(e ->
                        assertThat(e.supersededBy()).isEqualTo(cascade.get(2).eventId()));
        assertThat(trail.entries())
                .filteredOn(e -> e.eventId().equals(awarded.award.envelope().eventId()))
                .singleElement()
                .satisfies(e ->
                        assertThat(e.supersededBy()).isEqualTo(cascade.get(3).eventId()));

        assertThat(TrailFold.fold("learner", awarded.history.entries(), knownAt(beforeFraudFound))
                        .entries())
                .extracting(TrailEntryView::eventType)
                .doesNotContainAnyElementsOf(List.of(
                        "AssessmentInvalidated",
                        "UnitRecognitionRevoked",
                        "QualificationAwardRevoked",
                        "CredentialRevoked"));
    }

    @Test
    void S32_an_award_trail_holds_its_own_award_revocation_and_credentials_and_not_those_of_a_later_award() {
        var history = new TranscriptHistory(1, START);
        var path = history.stream(MALTA);
        history.record(history.enrolled(MALTA, LocalDate.of(2026, 9, 1)), path);
        var first = history.record(history.awarded(MALTA, List.of(U31), "30", LocalDate.of(2027, 3, 1)), path);
        var firstCredential = new CredentialId(UUID.randomUUID());
        var firstIssued = history.record(issued(history, firstCredential), firstCredential.toString());
        var revocation = history.record(
                new QualificationAwardRevoked(
                        history.pathway(MALTA),
                        MALTA,
                        LocalDate.of(2027, 3, 1),
                        BRANLY,
                        List.of(U31),
                        null,
                        actor(BRANLY),
                        LocalDate.of(2027, 4, 1),
                        "issued in error"),
                path);
        var firstRevoked = history.record(
                new CredentialRevoked(
                        firstCredential,
                        BRANLY,
                        17,
                        RevocationReason.ISSUED_IN_ERROR,
                        "the award was revoked",
                        null,
                        actor(BRANLY),
                        LocalDate.of(2027, 4, 2)),
                firstCredential.toString());
        var second = history.record(history.awarded(MALTA, List.of(U31), "30", LocalDate.of(2027, 6, 1)), path);
        var secondCredential = new CredentialId(UUID.randomUUID());
        var secondIssued = history.record(issued(history, secondCredential), secondCredential.toString());

        var firstTrail =
                TrailFold.fold("first", TrailFold.ofAward(first.envelope().eventId(), history.entries()), everything());
        var secondTrail = TrailFold.fold(
                "second", TrailFold.ofAward(second.envelope().eventId(), history.entries()), everything());

        assertThat(firstTrail.entries())
                .extracting(TrailEntryView::eventId)
                .contains(
                        first.envelope().eventId(),
                        revocation.envelope().eventId(),
                        firstIssued.envelope().eventId(),
                        firstRevoked.envelope().eventId())
                .doesNotContain(
                        second.envelope().eventId(), secondIssued.envelope().eventId());
        assertThat(firstTrail.entries())
                .filteredOn(e -> e.eventId().equals(first.envelope().eventId()))
                .singleElement()
                .satisfies(award -> assertThat(award.supersededBy())
                        .isEqualTo(revocation.envelope().eventId()));
        assertThat(secondTrail.entries())
                .extracting(TrailEntryView::eventId)
                .contains(second.envelope().eventId(), secondIssued.envelope().eventId())
                .doesNotContain(
                        first.envelope().eventId(),
                        revocation.envelope().eventId(),
                        firstIssued.envelope().eventId(),
                        firstRevoked.envelope().eventId());
        assertThat(secondTrail.entries())
                .extracting(TrailEntryView::eventType)
                .as("the pathway's chain is in both")
                .contains("LearnerEnrolled");
    }

    private static CredentialIssued issued(TranscriptHistory history, CredentialId credential) {
        return new CredentialIssued(
                credential,
                BRANLY,
                history.learner,
                17,
                "sha256-abc",
                "FR-LYCEE-BRANLY#key-1",
                List.of(
                        StatedDecision.award(MALTA.id()),
                        StatedDecision.recognition(MALTA.id(), U31),
                        StatedDecision.recognition(MALTA.id(), U12)),
                null,
                actor(BRANLY),
                LocalDate.of(2027, 4, 2));
    }

    @Test
    void the_credential_status_history_shows_per_award_and_unit_as_known_at_each_instant() {
        var awarded = new Awarded();
        var credential = new CredentialId(UUID.randomUUID());
        var issue = awarded.history.record(issued(awarded.history, credential), credential.toString());
        var beforeRevocation = awarded.history.now();
        var replacement = new CredentialId(UUID.randomUUID());
        var revocation = awarded.history.record(
                new CredentialRevoked(
                        credential,
                        BRANLY,
                        17,
                        RevocationReason.SUPERSEDED,
                        null,
                        replacement,
                        actor(BRANLY),
                        LocalDate.of(2027, 5, 2)),
                credential.toString());

        var after = transcript(awarded.history, everything());
        var before = transcript(awarded.history, knownAt(beforeRevocation));

        assertThat(after.qualifications().get(0).credentials()).singleElement().satisfies(c -> {
            assertThat(c.credentialId()).isEqualTo(credential.toString());
            assertThat(c.issuer()).isEqualTo(BRANLY.value());
            assertThat(c.states()).containsExactly("MT-HSC-MQF4", "MT-HSC-MQF4|U31@1", "MT-HSC-MQF4|U12@1");
            assertThat(c.issuedEvent()).isEqualTo(issue.envelope().eventId());
            assertThat(c.status()).isEqualTo("REVOKED");
            assertThat(c.revocationReason()).isEqualTo("SUPERSEDED");
            assertThat(c.supersededBy()).isEqualTo(replacement.toString());
            assertThat(c.revokedOn()).isEqualTo(LocalDate.of(2027, 5, 2));
            assertThat(c.revocationEvent()).isEqualTo(revocation.envelope().eventId());
        });
        assertThat(unit(after, "U31@1").credentials())
                .extracting(CredentialView::credentialId)
                .containsExactly(credential.toString());
        assertThat(before.qualifications().get(0).credentials()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo("ISSUED");
            assertThat(c.revocationEvent()).isNull();
        });
    }
}
