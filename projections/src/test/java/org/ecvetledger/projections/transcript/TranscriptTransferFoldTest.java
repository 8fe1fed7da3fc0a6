package org.ecvetledger.projections.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.projections.transcript.TranscriptHistory.BRANLY;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecvetledger.domain.accumulation.CommonCoreUnitCounted;
import org.ecvetledger.domain.accumulation.CreditTransferred;
import org.ecvetledger.domain.assessment.AssessmentContent;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.AssessmentRecorded;
import org.ecvetledger.domain.assessment.LearningSetting;
import org.ecvetledger.domain.assessment.OutcomeResult;
import org.ecvetledger.domain.equivalence.EquivalenceId;
import org.ecvetledger.domain.priorlearning.GapAnalysisCompleted;
import org.ecvetledger.domain.priorlearning.RPLCaseOpened;
import org.ecvetledger.domain.priorlearning.RplCaseId;
import org.ecvetledger.domain.qualification.GradingScale;
import org.ecvetledger.domain.shared.AssessmentMethod;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.Test;

/** Transferred credit (ADR 0013) and credit resting on an RPL case, as the transcript fold shows them. */
class TranscriptTransferFoldTest {

    private static final Instant START = Instant.parse("2027-01-01T08:00:00Z");
    private static final QualificationRef X = QualificationRef.of("X-MOTO", 1);
    private static final QualificationRef Y = QualificationRef.of("Y-CAR", 1);
    private static final UnitRef RECEPTION_X = UnitRef.of("RECEPTION-X", 1);
    private static final UnitRef RECEPTION_Y = UnitRef.of("RECEPTION-Y", 1);
    private static final EquivalenceId EQUIVALENCE = new EquivalenceId(UUID.randomUUID());
    private static final Map<String, StandardProfile> STANDARDS = Map.of(
            X.toString(), new StandardProfile(X.toString(), "MT", "ECVET", "0-20"),
            Y.toString(), new StandardProfile(Y.toString(), "MT", "ECVET", "0-20"));

    private static TranscriptView transcript(TranscriptHistory history, LocalDate asOf) {
        return TranscriptFold.fold(
                history.learner.toString(), history.entries(), STANDARDS, new TimeSlice(asOf, null, asOf));
    }

    private static CreditTransferred transfer(TranscriptHistory history, Coverage coverage, LocalDate on) {
        var full = coverage == Coverage.FULL;
        return new CreditTransferred(
                history.pathway(Y),
                Y,
                RECEPTION_Y,
                coverage,
                full ? List.of() : List.of("LO1", "LO2"),
                full ? CreditPoints.of(15) : null,
                CreditFramework.ECVET,
                full ? BigDecimal.valueOf(14) : null,
                false,
                history.pathway(X),
                X,
                RECEPTION_X,
                CreditPoints.of(10),
                CreditFramework.ECVET,
                BigDecimal.valueOf(14),
                new GradingScale(BigDecimal.ZERO, BigDecimal.valueOf(20)),
                EQUIVALENCE,
                2,
                "Y-DEC-2027-7",
                TranscriptHistory.actor(BRANLY),
                on,
                null,
                List.of());
    }

    private static TranscriptHistory s23(Coverage coverage) {
        var history = new TranscriptHistory(1, START);
        var assessment = new AssessmentId(UUID.randomUUID());
        history.record(history.enrolled(X, LocalDate.of(2026, 9, 1)), history.stream(X));
        history.record(
                history.assessed(assessment, X, RECEPTION_X, BRANLY, LocalDate.of(2027, 1, 10), true, 14, null),
                assessment.toString());
        history.record(
                history.recognised(X, RECEPTION_X, "10", 14, assessment, LocalDate.of(2027, 1, 20), null),
                history.stream(X));
        history.record(history.enrolled(Y, LocalDate.of(2027, 2, 1)), history.stream(Y));
        history.record(transfer(history, coverage, LocalDate.of(2027, 3, 1)), history.stream(Y));
        return history;
    }

    @Test
    void a_common_core_unit_shows_held_in_both_qualifications_and_its_points_count_once() {
        var history = new TranscriptHistory(1, START);
        var assessment = new AssessmentId(UUID.randomUUID());
        history.record(history.enrolled(X, LocalDate.of(2026, 9, 1)), history.stream(X));
        history.record(history.enrolled(Y, LocalDate.of(2026, 9, 1)), history.stream(Y));
        history.record(
                history.assessed(assessment, X, RECEPTION_X, BRANLY, LocalDate.of(2027, 1, 10), true, 14, null),
                assessment.toString());
        history.record(
                history.recognised(X, RECEPTION_X, "10", 14, assessment, LocalDate.of(2027, 1, 20), null),
                history.stream(X));
        history.record(
                new CommonCoreUnitCounted(
                        history.pathway(Y),
                        Y,
                        RECEPTION_X,
                        CreditPoints.of(12),
                        CreditFramework.ECVET,
                        new BigDecimal("14"),
                        false,
                        history.pathway(X),
                        X,
                        CreditPoints.of(10),
                        TranscriptHistory.actor(BRANLY),
                        List.of(assessment),
                        LocalDate.of(2027, 1, 20),
                        null),
                history.stream(Y));

        var transcript = transcript(history, LocalDate.of(2027, 6, 1));

        var lines = transcript.units().stream()
                .filter(u -> u.unit().equals(RECEPTION_X.toString()))
                .toList();
        assertThat(lines)
                .extracting(TranscriptUnitView::qualification, TranscriptUnitView::status, TranscriptUnitView::route)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("X-MOTO", UnitStatus.RECOGNISED, CreditRoute.FORMAL),
                        org.assertj.core.groups.Tuple.tuple("Y-CAR", UnitStatus.RECOGNISED, CreditRoute.COMMON_CORE));
        var counted = lines.stream()
                .filter(u -> u.qualification().equals("Y-CAR"))
                .findFirst()
                .orElseThrow();
        assertThat(counted.points()).as("this standard's weight of the unit").isEqualByComparingTo("12");
        assertThat(counted.recognition().institution()).isEqualTo(BRANLY.value());
        // R7: one recognition, counted once in the learner's totals
        assertThat(transcript.totals()).singleElement().satisfies(total -> {
            assertThat(total.points()).isEqualByComparingTo("10");
            assertThat(total.sources())
                    .extracting(PointsSourceView::qualification)
                    .containsExactly("X-MOTO");
        });
    }

    private static TranscriptUnitView line(TranscriptView transcript, UnitRef unit) {
        return transcript.units().stream()
                .filter(u -> u.unit().equals(unit.toString()))
                .reduce((a, b) -> {
                    throw new AssertionError("two lines for " + unit);
                })
                .orElseThrow();
    }

    @Test
    void S23_the_transfer_shows_the_source_10_points_kept_and_the_receiving_15_counted_once() {
        var history = s23(Coverage.FULL);

        var transcript = transcript(history, LocalDate.of(2027, 6, 1));

        var source = line(transcript, RECEPTION_X);
        assertThat(source.qualification()).isEqualTo("X-MOTO");
        assertThat(source.points()).isEqualByComparingTo("10");
        assertThat(source.route()).isEqualTo(CreditRoute.FORMAL);
        assertThat(source.transfer()).isNull();

        var received = line(transcript, RECEPTION_Y);
        assertThat(received.qualification()).isEqualTo("Y-CAR");
        assertThat(received.status()).isEqualTo(UnitStatus.RECOGNISED);
        assertThat(received.route()).isEqualTo(CreditRoute.TRANSFER);
        assertThat(received.points()).isEqualByComparingTo("15");
        assertThat(received.grade()).isEqualByComparingTo("14");
        var transferEvent = history.recorded.get(4).envelope().eventId();
        assertThat(received.pointsEvent()).isEqualTo(transferEvent);
        assertThat(received.recognition().institution()).isEqualTo(BRANLY.value());
        var transfer = received.transfer();
        assertThat(transfer.sourceQualification()).isEqualTo("X-MOTO");
        assertThat(transfer.sourceStandard()).isEqualTo(X.toString());
        assertThat(transfer.sourceUnit()).isEqualTo("RECEPTION-X@1");
        assertThat(transfer.originalPoints()).isEqualByComparingTo("10");
        assertThat(transfer.originalFramework()).isEqualTo(CreditFramework.ECVET.toString());
        assertThat(transfer.originalGrade()).isEqualByComparingTo("14");
        assertThat(transfer.originalGradingScale()).isEqualTo("0-20");
        assertThat(transfer.convertedPoints()).isEqualByComparingTo("15");
        assertThat(transfer.coverage()).isEqualTo("FULL");
        assertThat(transfer.equivalence()).isEqualTo(EQUIVALENCE.toString());
        assertThat(transfer.equivalenceVersion()).isEqualTo(2);
        assertThat(transfer.decisionReference()).isEqualTo("Y-DEC-2027-7");
        assertThat(transfer.eventId()).isEqualTo(transferEvent);

        // each qualification counts its own line once: X its 10 by the recognition, Y its 15 by the transfer
        assertThat(transcript.totals()).singleElement().satisfies(total -> {
            assertThat(total.sources())
                    .extracting(PointsSourceView::qualification, PointsSourceView::unit, PointsSourceView::points)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("X-MOTO", "RECEPTION-X@1", new BigDecimal("10")),
                            org.assertj.core.groups.Tuple.tuple("Y-CAR", "RECEPTION-Y@1", new BigDecimal("15")));
        });
    }

    @Test
    void S23_before_the_transfer_took_effect_the_receiving_unit_is_not_there() {
        var transcript = transcript(s23(Coverage.FULL), LocalDate.of(2027, 2, 15));

        assertThat(transcript.units()).extracting(TranscriptUnitView::unit).containsExactly("RECEPTION-X@1");
    }

    @Test
    void a_partial_transfer_recognises_the_covered_outcomes_only_and_gives_no_points() {
        var transcript = transcript(s23(Coverage.PARTIAL), LocalDate.of(2027, 6, 1));

        var received = line(transcript, RECEPTION_Y);
        assertThat(received.status()).isEqualTo(UnitStatus.PARTLY_RECOGNISED);
        assertThat(received.partOfUnit()).isTrue();
        assertThat(received.route()).isEqualTo(CreditRoute.TRANSFER);
        assertThat(received.points()).isNull();
        assertThat(received.transfer().coverage()).isEqualTo("PARTIAL");
        assertThat(received.transfer().convertedPoints()).isNull();
        assertThat(received.learningOutcomes())
                .filteredOn(LearningOutcomeView::recognised)
                .extracting(LearningOutcomeView::id)
                .containsExactly("LO1", "LO2");
        assertThat(transcript.totals())
                .singleElement()
                .satisfies(total -> assertThat(total.sources())
                        .extracting(PointsSourceView::unit)
                        .containsExactly("RECEPTION-X@1"));
    }

    @Test
    void S14_credit_resting_on_an_rpl_cases_gap_analysis_comes_by_the_rpl_route_even_beside_a_formal_assessment() {
        var history = new TranscriptHistory(1, START);
        var rplCase = new RplCaseId(UUID.randomUUID());
        var informal = new AssessmentId(UUID.randomUUID());
        var formal = new AssessmentId(UUID.randomUUID());
        history.record(history.enrolled(X, LocalDate.of(2026, 9, 1)), history.stream(X));
        history.record(
                new RPLCaseOpened(
                        rplCase,
                        history.learner,
                        X,
                        List.of(RECEPTION_X),
                        TranscriptHistory.actor(BRANLY),
                        "work experience",
                        LocalDate.of(2027, 1, 5)),
                rplCase.toString());
        history.record(assessed(history, informal, LearningSetting.INFORMAL, "LO1"), informal.toString());
        history.record(
                new GapAnalysisCompleted(
                        rplCase,
                        List.of("LO1"),
                        List.of("LO2"),
                        List.of(informal),
                        TranscriptHistory.actor(BRANLY),
                        LocalDate.of(2027, 1, 20)),
                rplCase.toString());
        history.record(assessed(history, formal, LearningSetting.FORMAL, "LO2"), formal.toString());
        history.record(
                new org.ecvetledger.domain.accumulation.UnitRecognised(
                        history.pathway(X),
                        X,
                        RECEPTION_X,
                        CreditPoints.of(10),
                        null,
                        false,
                        List.of(informal, formal),
                        TranscriptHistory.actor(BRANLY),
                        LocalDate.of(2027, 3, 1),
                        null),
                history.stream(X));

        var unit = line(transcript(history, LocalDate.of(2027, 6, 1)), RECEPTION_X);

        assertThat(unit.status()).isEqualTo(UnitStatus.RECOGNISED);
        assertThat(unit.route()).isEqualTo(CreditRoute.RPL);
        assertThat(unit.attempts()).extracting(AttemptView::counted).containsExactly(true, true);
    }

    @Test
    void without_an_rpl_case_a_unit_assessed_formally_and_informally_stays_formal() {
        var history = new TranscriptHistory(1, START);
        var informal = new AssessmentId(UUID.randomUUID());
        var formal = new AssessmentId(UUID.randomUUID());
        history.record(history.enrolled(X, LocalDate.of(2026, 9, 1)), history.stream(X));
        history.record(assessed(history, informal, LearningSetting.INFORMAL, "LO1"), informal.toString());
        history.record(assessed(history, formal, LearningSetting.FORMAL, "LO2"), formal.toString());
        history.record(
                new org.ecvetledger.domain.accumulation.UnitRecognised(
                        history.pathway(X),
                        X,
                        RECEPTION_X,
                        CreditPoints.of(10),
                        null,
                        false,
                        List.of(informal, formal),
                        TranscriptHistory.actor(BRANLY),
                        LocalDate.of(2027, 3, 1),
                        null),
                history.stream(X));

        var unit = line(transcript(history, LocalDate.of(2027, 6, 1)), RECEPTION_X);

        assertThat(unit.route()).isEqualTo(CreditRoute.FORMAL);
    }

    private static AssessmentRecorded assessed(
            TranscriptHistory history, AssessmentId id, LearningSetting setting, String outcome) {
        return new AssessmentRecorded(
                id,
                new AssessmentContent(
                        history.learner,
                        X,
                        TranscriptHistory.actor(BRANLY),
                        AssessmentMethod.PRACTICAL_TEST,
                        setting,
                        LocalDate.of(2027, 1, 15),
                        List.of(new OutcomeResult(RECEPTION_X, outcome, true)),
                        List.of(),
                        "0-20",
                        null,
                        List.of(),
                        "criteria"));
    }
}
