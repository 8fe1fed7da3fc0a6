package org.ecvetledger.projections.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.projections.transcript.TranscriptHistory.BACPRO;
import static org.ecvetledger.projections.transcript.TranscriptHistory.BRANLY;
import static org.ecvetledger.projections.transcript.TranscriptHistory.MALTA;
import static org.ecvetledger.projections.transcript.TranscriptHistory.MUENCHEN;
import static org.ecvetledger.projections.transcript.TranscriptHistory.U12;
import static org.ecvetledger.projections.transcript.TranscriptHistory.U31;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecvetledger.domain.accumulation.AwardEligibilityEvaluated;
import org.ecvetledger.domain.accumulation.LearnerPathwayMigrated;
import org.ecvetledger.domain.accumulation.MigratedCredit;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.learningagreement.LearningAgreementId;
import org.ecvetledger.domain.partnership.MemorandumId;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.Test;

class TranscriptFoldTest {

    private static final Instant START = Instant.parse("2027-01-01T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 12, 1);
    private static final Map<String, StandardProfile> STANDARDS = Map.of(
            BACPRO.toString(), new StandardProfile(BACPRO.toString(), "FR", "NONE", "0-20"),
            MALTA.toString(), new StandardProfile(MALTA.toString(), "MT", "ECVET", null));

    private static TimeSlice everything() {
        return new TimeSlice(null, null, TODAY);
    }

    private static TranscriptView transcript(TranscriptHistory history, TimeSlice slice) {
        return TranscriptFold.fold(history.learner.toString(), history.entries(), STANDARDS, slice);
    }

    private static TranscriptUnitView only(TranscriptView transcript) {
        assertThat(transcript.units()).hasSize(1);
        return transcript.units().get(0);
    }

    /** S01: assessed abroad by the host, validated and recognised at home. */
    private static TranscriptHistory mobilityCredit() {
        var history = new TranscriptHistory(100, START);
        var mou = new MemorandumId(UUID.randomUUID());
        var agreement = new LearningAgreementId(UUID.randomUUID());
        var assessment = new AssessmentId(UUID.randomUUID());
        history.record(history.enrolled(BACPRO, LocalDate.of(2026, 9, 1)), history.stream(BACPRO));
        history.record(TranscriptHistory.memorandum(mou), mou.toString());
        history.record(history.agreement(agreement, mou), agreement.toString());
        history.record(
                history.assessed(assessment, BACPRO, U31, MUENCHEN, LocalDate.of(2027, 3, 25), true, 14, agreement),
                assessment.toString());
        history.record(history.validated(BACPRO, U31, assessment, LocalDate.of(2027, 4, 10)), history.stream(BACPRO));
        history.record(
                history.recognised(BACPRO, U31, null, 14, assessment, LocalDate.of(2027, 4, 12), null),
                history.stream(BACPRO));
        return history;
    }

    @Test
    void
            S01_the_transcript_shows_the_unit_recognised_with_the_host_as_assessor_and_the_home_as_validator_and_recogniser() {
        var history = mobilityCredit();

        var unit = only(transcript(history, everything()));

        assertThat(unit.unit()).isEqualTo("U31@1");
        assertThat(unit.qualification()).isEqualTo("FR-BACPRO-MELEC");
        assertThat(unit.status()).isEqualTo(UnitStatus.RECOGNISED);
        assertThat(unit.route()).isEqualTo(CreditRoute.MOBILITY);
        assertThat(unit.grade()).isEqualByComparingTo("14");
        assertThat(unit.gradingScheme()).isEqualTo("0-20");
        assertThat(unit.jurisdiction()).isEqualTo("FR");
        assertThat(unit.framework()).isEqualTo("NONE");
        assertThat(unit.points()).as("R9: BAC PRO has no points").isNull();
        assertThat(unit.attempts()).singleElement().satisfies(attempt -> {
            assertThat(attempt.assessor()).isEqualTo(MUENCHEN.value());
            assertThat(attempt.counted()).isTrue();
            assertThat(attempt.evidence()).containsExactly("HOST-TX-1 " + TranscriptHistory.SHA);
        });
        assertThat(unit.validations()).singleElement().satisfies(v -> {
            assertThat(v.institution()).isEqualTo(BRANLY.value());
            assertThat(v.effectiveDate()).isEqualTo(LocalDate.of(2027, 4, 10));
        });
        assertThat(unit.recognition().institution()).isEqualTo(BRANLY.value());
        assertThat(unit.recognition().effectiveDate()).isEqualTo(LocalDate.of(2027, 4, 12));
        assertThat(unit.mobility().host()).isEqualTo(MUENCHEN.value());
        assertThat(unit.mobility().home()).isEqualTo(BRANLY.value());
        assertThat(unit.mobility().start()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(unit.mobility().end()).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(unit.learningOutcomes()).extracting(LearningOutcomeView::id).containsExactly("LO1", "LO2", "LO3");
        assertThat(unit.learningOutcomes())
                .allSatisfy(lo -> assertThat(lo.recognised()).isTrue());
        assertThat(unit.sourceEvents()).hasSize(3);
    }

    @Test
    void S08_a_resit_keeps_both_attempts_and_only_the_passing_one_counts() {
        var history = new TranscriptHistory(1, START);
        var failed = new AssessmentId(UUID.randomUUID());
        var resit = new AssessmentId(UUID.randomUUID());
        history.record(history.enrolled(BACPRO, LocalDate.of(2023, 9, 1)), history.stream(BACPRO));
        history.record(
                history.assessed(failed, BACPRO, U12, BRANLY, LocalDate.of(2024, 1, 15), false, 7, null),
                failed.toString());
        history.record(
                history.assessed(resit, BACPRO, U12, BRANLY, LocalDate.of(2024, 6, 14), true, 12, null),
                resit.toString());
        history.record(history.validated(BACPRO, U12, resit, LocalDate.of(2024, 6, 20)), history.stream(BACPRO));
        history.record(
                history.recognised(BACPRO, U12, null, 12, resit, LocalDate.of(2024, 6, 21), null),
                history.stream(BACPRO));

        var unit = only(transcript(history, everything()));

        assertThat(unit.status()).isEqualTo(UnitStatus.RECOGNISED);
        assertThat(unit.grade()).isEqualByComparingTo("12");
        assertThat(unit.route()).isEqualTo(CreditRoute.FORMAL);
        assertThat(unit.attempts())
                .extracting(AttemptView::assessedOn, AttemptView::grade, AttemptView::counted)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 1, 15), BigDecimal.valueOf(7), false),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 6, 14), BigDecimal.valueOf(12), true));
        assertThat(unit.attempts().get(0).notAchieved()).containsExactly("LO1", "LO2", "LO3");
    }

    @Test
    void R7_every_points_total_names_the_recognitions_that_make_it_up_and_nothing_else_counts() {
        var history = new TranscriptHistory(1, START);
        history.record(history.enrolled(MALTA, LocalDate.of(2025, 1, 6)), history.stream(MALTA));
        var ids = new java.util.ArrayList<String>();
        for (var unit : List.of(UnitRef.of("HSC1", 1), UnitRef.of("HSC2", 1))) {
            var assessment = new AssessmentId(UUID.randomUUID());
            history.record(
                    history.assessed(assessment, MALTA, unit, BRANLY, LocalDate.of(2025, 3, 1), true, null, null),
                    assessment.toString());
            history.record(history.validated(MALTA, unit, assessment, LocalDate.of(2025, 3, 2)), history.stream(MALTA));
            ids.add(history.record(
                            history.recognised(MALTA, unit, "7.5", null, assessment, LocalDate.of(2025, 3, 3), null),
                            history.stream(MALTA))
                    .envelope()
                    .eventId());
        }
        var onlyValidated = new AssessmentId(UUID.randomUUID());
        history.record(
                history.assessed(
                        onlyValidated,
                        MALTA,
                        UnitRef.of("HSC3", 1),
                        BRANLY,
                        LocalDate.of(2025, 3, 1),
                        true,
                        null,
                        null),
                onlyValidated.toString());
        history.record(
                history.validated(MALTA, UnitRef.of("HSC3", 1), onlyValidated, LocalDate.of(2025, 3, 2)),
                history.stream(MALTA));

        var transcript = transcript(history, everything());

        assertThat(transcript.totals()).singleElement().satisfies(total -> {
            assertThat(total.framework()).isEqualTo("ECVET");
            assertThat(total.points()).isEqualByComparingTo("15");
            assertThat(total.sources()).extracting(PointsSourceView::eventId).containsExactlyElementsOf(ids);
            assertThat(total.points())
                    .isEqualByComparingTo(total.sources().stream()
                            .map(PointsSourceView::points)
                            .reduce(BigDecimal.ZERO, BigDecimal::add));
        });
        assertThat(transcript.units())
                .filteredOn(u -> u.unit().equals("HSC3@1"))
                .singleElement()
                .satisfies(u -> {
                    assertThat(u.status()).isEqualTo(UnitStatus.IN_PROGRESS);
                    assertThat(u.points()).as("R7: validated is not credit").isNull();
                });
    }

    @Test
    void time_travel_a_backdated_recognition_recorded_after_knownAt_is_not_seen_then_but_is_seen_now() {
        var history = new TranscriptHistory(1, START);
        var first = new AssessmentId(UUID.randomUUID());
        history.record(history.enrolled(MALTA, LocalDate.of(2025, 1, 6)), history.stream(MALTA));
        history.record(
                history.assessed(first, MALTA, U12, BRANLY, LocalDate.of(2025, 1, 10), true, null, null),
                first.toString());
        history.record(history.validated(MALTA, U12, first, LocalDate.of(2025, 1, 11)), history.stream(MALTA));
        var askedOn = history.now();
        // Recorded a month later, but taking effect on 2025-01-12: what the ledger says about January
        // depends on when it is asked.
        history.recordAt(
                history.recognised(MALTA, U12, "10", null, first, LocalDate.of(2025, 1, 12), null),
                history.stream(MALTA),
                askedOn.plusSeconds(30L * 86_400));
        var january = LocalDate.of(2025, 1, 31);

        var thenAboutJanuary = only(transcript(history, new TimeSlice(january, askedOn, TODAY)));
        var nowAboutJanuary = only(transcript(history, new TimeSlice(january, null, TODAY)));
        var nowAboutEarlyJanuary = only(transcript(history, new TimeSlice(LocalDate.of(2025, 1, 11), null, TODAY)));

        assertThat(thenAboutJanuary.status()).isEqualTo(UnitStatus.IN_PROGRESS);
        assertThat(thenAboutJanuary.points()).isNull();
        assertThat(nowAboutJanuary.status()).isEqualTo(UnitStatus.RECOGNISED);
        assertThat(nowAboutJanuary.points()).isEqualByComparingTo("10");
        assertThat(nowAboutEarlyJanuary.status()).isEqualTo(UnitStatus.IN_PROGRESS);
        assertThat(transcript(history, new TimeSlice(january, askedOn, TODAY)).totals())
                .isEmpty();
    }

    @Test
    void R13_credit_past_its_validity_shows_as_expired_and_leaves_the_totals() {
        var history = new TranscriptHistory(1, START);
        var assessment = new AssessmentId(UUID.randomUUID());
        history.record(history.enrolled(MALTA, LocalDate.of(2020, 1, 6)), history.stream(MALTA));
        history.record(
                history.assessed(assessment, MALTA, U12, BRANLY, LocalDate.of(2020, 2, 1), true, null, null),
                assessment.toString());
        history.record(history.validated(MALTA, U12, assessment, LocalDate.of(2020, 2, 2)), history.stream(MALTA));
        history.record(
                history.recognised(
                        MALTA, U12, "10", null, assessment, LocalDate.of(2020, 2, 3), LocalDate.of(2025, 2, 2)),
                history.stream(MALTA));

        var in2024 = transcript(history, new TimeSlice(LocalDate.of(2024, 6, 1), null, TODAY));
        var in2026 = transcript(history, new TimeSlice(LocalDate.of(2026, 6, 1), null, TODAY));

        assertThat(only(in2024).status()).isEqualTo(UnitStatus.RECOGNISED);
        assertThat(in2024.totals())
                .singleElement()
                .satisfies(t -> assertThat(t.points()).isEqualByComparingTo("10"));
        assertThat(only(in2026).status()).isEqualTo(UnitStatus.EXPIRED);
        assertThat(only(in2026).points()).isNull();
        assertThat(only(in2026).pointsNotCounted()).isEqualByComparingTo("10");
        assertThat(only(in2026).pointsNotCountedBecause()).isEqualTo(UnitStatus.EXPIRED);
        assertThat(in2026.totals()).isEmpty();
    }

    @Test
    void S28_a_migration_keeps_the_original_line_on_the_old_version_and_holds_the_carried_credit_in_the_new_one() {
        var history = new TranscriptHistory(1, START);
        var assessment = new AssessmentId(UUID.randomUUID());
        history.record(history.enrolled(MALTA, LocalDate.of(2020, 1, 6)), history.stream(MALTA));
        history.record(
                history.assessed(assessment, MALTA, U12, BRANLY, LocalDate.of(2020, 2, 1), true, 14, null),
                assessment.toString());
        history.record(history.validated(MALTA, U12, assessment, LocalDate.of(2020, 2, 2)), history.stream(MALTA));
        var original = history.record(
                history.recognised(MALTA, U12, "10", 14, assessment, LocalDate.of(2020, 2, 3), null),
                history.stream(MALTA));
        var version2 = QualificationRef.of(MALTA.id().value(), 2);
        var u12b = UnitRef.of("U12B", 1);
        var migrated = history.record(
                new LearnerPathwayMigrated(
                        history.pathway(MALTA),
                        MALTA,
                        version2,
                        List.of(new MigratedCredit(
                                U12,
                                u12b,
                                Coverage.FULL,
                                List.of(),
                                CreditPoints.of("15"),
                                BigDecimal.valueOf(14),
                                LocalDate.of(2020, 2, 3))),
                        List.of(),
                        TranscriptHistory.actor(BRANLY),
                        LocalDate.of(2024, 9, 15)),
                history.stream(MALTA));

        var after = transcript(history, new TimeSlice(LocalDate.of(2024, 12, 1), null, TODAY));
        var before = transcript(history, new TimeSlice(LocalDate.of(2024, 9, 14), null, TODAY));

        var old = after.units().stream()
                .filter(u -> u.unit().equals("U12@1"))
                .findFirst()
                .orElseThrow();
        assertThat(old.status()).isEqualTo(UnitStatus.MIGRATED);
        assertThat(old.standard()).isEqualTo(MALTA.toString());
        assertThat(old.recognition().eventId()).isEqualTo(original.envelope().eventId());
        assertThat(old.points()).isNull();
        assertThat(old.pointsNotCounted()).isEqualByComparingTo("10");
        assertThat(old.pointsNotCountedBecause()).isEqualTo(UnitStatus.MIGRATED);
        assertThat(old.migration().to()).isEqualTo("U12B@1");
        var carried = after.units().stream()
                .filter(u -> u.unit().equals("U12B@1"))
                .findFirst()
                .orElseThrow();
        assertThat(carried.status()).isEqualTo(UnitStatus.RECOGNISED);
        assertThat(carried.standard()).isEqualTo(version2.toString());
        assertThat(carried.points()).isEqualByComparingTo("15");
        assertThat(carried.grade()).isEqualByComparingTo("14");
        assertThat(carried.recognition().eventId())
                .isEqualTo(migrated.envelope().eventId());
        assertThat(carried.migration().from()).isEqualTo("U12@1");
        assertThat(after.totals())
                .singleElement()
                .satisfies(t -> assertThat(t.points())
                        .as("counted once, in the new version")
                        .isEqualByComparingTo("15"));
        assertThat(after.qualifications().get(0).standard()).isEqualTo(version2.toString());
        assertThat(only(before).status()).isEqualTo(UnitStatus.RECOGNISED);
        assertThat(only(before).points()).isEqualByComparingTo("10");
    }

    @Test
    void the_qualification_shows_its_enrolment_and_award_with_the_event_that_records_it() {
        var history = mobilityCredit();
        var award = history.record(
                history.awarded(BACPRO, List.of(U31), null, LocalDate.of(2027, 7, 1)), history.stream(BACPRO));

        var transcript = transcript(history, everything());
        var beforeAward = transcript(history, new TimeSlice(LocalDate.of(2027, 6, 30), null, TODAY));

        assertThat(transcript.qualifications()).singleElement().satisfies(q -> {
            assertThat(q.enrolledBy()).isEqualTo(BRANLY.value());
            assertThat(q.jurisdiction()).isEqualTo("FR");
            assertThat(q.awards()).singleElement().satisfies(a -> {
                assertThat(a.eventId()).isEqualTo(award.envelope().eventId());
                assertThat(a.status()).isEqualTo("ACTIVE");
                assertThat(a.unitsCounted()).containsExactly("U31@1");
            });
        });
        assertThat(beforeAward.qualifications().get(0).awards()).isEmpty();
    }

    @Test
    void S32_the_trail_runs_from_the_mou_to_the_award_and_keeps_superseded_evaluations_marked() {
        var history = mobilityCredit();
        var firstEvaluation = history.record(
                new AwardEligibilityEvaluated(
                        history.pathway(BACPRO), BACPRO, LocalDate.of(2027, 5, 1), false, List.of()),
                history.stream(BACPRO));
        var secondEvaluation = history.record(
                new AwardEligibilityEvaluated(
                        history.pathway(BACPRO), BACPRO, LocalDate.of(2027, 6, 30), true, List.of()),
                history.stream(BACPRO));
        history.record(history.awarded(BACPRO, List.of(U31), null, LocalDate.of(2027, 7, 1)), history.stream(BACPRO));

        var trail = TrailFold.fold("award", history.entries(), everything());

        assertThat(trail.entries())
                .extracting(TrailEntryView::eventType)
                .containsExactly(
                        "LearnerEnrolled",
                        "MemorandumDrafted",
                        "LearningAgreementDrafted",
                        "AssessmentRecorded",
                        "CreditValidated",
                        "UnitRecognised",
                        "AwardEligibilityEvaluated",
                        "AwardEligibilityEvaluated",
                        "QualificationAwarded");
        assertThat(trail.entries())
                .filteredOn(e -> e.eventId().equals(firstEvaluation.envelope().eventId()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.markers()).containsExactly(TrailFold.SUPERSEDED);
                    assertThat(e.supersededBy())
                            .isEqualTo(secondEvaluation.envelope().eventId());
                });
        assertThat(trail.entries()).allSatisfy(e -> {
            assertThat(e.recordedAt()).isNotNull();
            assertThat(e.effectiveDate()).isNotNull();
            assertThat(e.correlationId()).startsWith("corr-");
        });
        assertThat(trail.entries())
                .filteredOn(e -> e.eventType().equals("CreditValidated"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actorInstitution()).isEqualTo(BRANLY.value());
                    assertThat(e.stage()).isEqualTo(TrailStage.VALIDATION);
                });
    }

    @Test
    void events_added_to_the_ledger_later_find_their_link_of_the_chain_by_name() {
        assertThat(TrailFold.stage("AssessmentCorrected")).isEqualTo(TrailStage.ASSESSMENT);
        assertThat(TrailFold.stage("CreditValidationWithdrawn")).isEqualTo(TrailStage.VALIDATION);
        assertThat(TrailFold.stage("UnitRecognitionRevoked")).isEqualTo(TrailStage.RECOGNITION);
        assertThat(TrailFold.stage("QualificationAwardRevoked")).isEqualTo(TrailStage.AWARD);
        assertThat(TrailFold.stage("CredentialRevoked")).isEqualTo(TrailStage.CREDENTIAL);
        assertThat(TrailFold.stage("AwardEligibilityEvaluated")).isEqualTo(TrailStage.AWARD);
    }
}
