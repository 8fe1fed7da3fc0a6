package org.ecvetledger.projections.transcript;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecvetledger.domain.accumulation.CreditValidated;
import org.ecvetledger.domain.accumulation.LearnerEnrolled;
import org.ecvetledger.domain.accumulation.PathwayId;
import org.ecvetledger.domain.accumulation.QualificationAwarded;
import org.ecvetledger.domain.accumulation.UnitRecognised;
import org.ecvetledger.domain.assessment.AssessmentContent;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.AssessmentRecorded;
import org.ecvetledger.domain.assessment.Evidence;
import org.ecvetledger.domain.assessment.LearningSetting;
import org.ecvetledger.domain.assessment.OutcomeResult;
import org.ecvetledger.domain.assessment.UnitGrade;
import org.ecvetledger.domain.learningagreement.LearningAgreementDrafted;
import org.ecvetledger.domain.learningagreement.LearningAgreementId;
import org.ecvetledger.domain.learningagreement.LearningAgreementTerms;
import org.ecvetledger.domain.learningagreement.PlannedUnit;
import org.ecvetledger.domain.partnership.MemorandumDrafted;
import org.ecvetledger.domain.partnership.MemorandumId;
import org.ecvetledger.domain.partnership.MemorandumParty;
import org.ecvetledger.domain.partnership.MemorandumScope;
import org.ecvetledger.domain.partnership.MemorandumTerms;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AssessmentMethod;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.projections.EventEnvelope;

/**
 * Builds a learner's history the way the ledger records it: each event with its place in the
 * ledger, its recorded instant and the command's metadata. Every step records one day after the
 * previous one (or at a given instant), so time-travel tests can ask "known at" any point.
 */
final class TranscriptHistory {

    static final InstitutionId BRANLY = new InstitutionId("FR-LYCEE-BRANLY");
    static final InstitutionId MUENCHEN = new InstitutionId("DE-BS-MUENCHEN");
    static final QualificationRef BACPRO = QualificationRef.of("FR-BACPRO-MELEC", 1);
    static final QualificationRef MALTA = QualificationRef.of("MT-HSC-MQF4", 1);
    static final UnitRef U31 = UnitRef.of("U31", 1);
    static final UnitRef U12 = UnitRef.of("U12", 1);
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    final LearnerId learner = new LearnerId(UUID.randomUUID());
    final List<Recorded> recorded = new ArrayList<>();
    private long position;
    private Instant clock;

    record Recorded(Object event, EventEnvelope envelope) {}

    TranscriptHistory(long firstPosition, Instant start) {
        this.position = firstPosition;
        this.clock = start;
    }

    /** Records the event one day after the previous one, in stream {@code aggregateId}. */
    Recorded record(Object event, String aggregateId) {
        return recordAt(event, aggregateId, clock.plusSeconds(86_400));
    }

    Recorded recordAt(Object event, String aggregateId, Instant at) {
        clock = at;
        var sequence = recorded.stream()
                .filter(r -> r.envelope().aggregateId().equals(aggregateId))
                .count();
        var envelope = new EventEnvelope(
                ++position,
                UUID.randomUUID().toString(),
                aggregateId,
                sequence,
                at,
                Map.of(
                        EventEnvelope.CORRELATION_ID, "corr-" + position,
                        EventEnvelope.REQUEST_ID, "req-" + position));
        var entry = new Recorded(event, envelope);
        recorded.add(entry);
        return entry;
    }

    Instant now() {
        return clock;
    }

    /** The entries as the projector files them (learner or MoU). */
    List<HistoryEntry> entries() {
        return recorded.stream()
                .map(r -> HistoryEvents.entry(
                        r.event(), r.envelope(), learner.value().toString(), null))
                .toList();
    }

    PathwayId pathway(QualificationRef standard) {
        return new PathwayId(learner, standard.id());
    }

    String stream(QualificationRef standard) {
        return pathway(standard).toString();
    }

    // --- events

    LearnerEnrolled enrolled(QualificationRef standard, LocalDate on) {
        return new LearnerEnrolled(pathway(standard), standard, actor(BRANLY), on);
    }

    static MemorandumDrafted memorandum(MemorandumId id) {
        return new MemorandumDrafted(
                id,
                1,
                new MemorandumTerms(
                        "Branly–München electrical trades",
                        List.of(
                                new MemorandumParty(BRANLY, "Vocational baccalaureate", null, null, null, null),
                                new MemorandumParty(MUENCHEN, null, "Teacher assessment", null, null, null)),
                        List.of(new MemorandumScope(BACPRO, List.of(U31))),
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2030, 8, 31),
                        14,
                        90,
                        List.of()));
    }

    LearningAgreementDrafted agreement(LearningAgreementId id, MemorandumId memorandum) {
        return new LearningAgreementDrafted(
                id,
                1,
                learner,
                memorandum,
                new LearningAgreementTerms(
                        BRANLY,
                        MUENCHEN,
                        LocalDate.of(2027, 3, 1),
                        LocalDate.of(2027, 3, 28),
                        BACPRO,
                        List.of(new PlannedUnit(U31, List.of(), null)),
                        "Workshop",
                        List.of(),
                        "Europass Mobility",
                        "Home jury",
                        List.of()),
                null);
    }

    AssessmentRecorded assessed(
            AssessmentId id,
            QualificationRef standard,
            UnitRef unit,
            InstitutionId assessor,
            LocalDate on,
            boolean achieved,
            Integer grade,
            LearningAgreementId agreement) {
        var results = new ArrayList<OutcomeResult>();
        for (var lo : List.of("LO1", "LO2", "LO3")) {
            results.add(new OutcomeResult(unit, lo, achieved));
        }
        return new AssessmentRecorded(
                id,
                new AssessmentContent(
                        learner,
                        standard,
                        actor(assessor),
                        AssessmentMethod.PRACTICAL_TEST,
                        LearningSetting.FORMAL,
                        on,
                        results,
                        grade == null ? List.of() : List.of(new UnitGrade(unit, BigDecimal.valueOf(grade))),
                        "0-20",
                        agreement,
                        List.of(new Evidence("HOST-TX-1", SHA)),
                        "MoU annex 2"));
    }

    CreditValidated validated(QualificationRef standard, UnitRef unit, AssessmentId basis, LocalDate on) {
        return new CreditValidated(
                pathway(standard), unit, List.of("LO1", "LO2", "LO3"), List.of(basis), actor(BRANLY), on);
    }

    UnitRecognised recognised(
            QualificationRef standard,
            UnitRef unit,
            String points,
            Integer grade,
            AssessmentId basis,
            LocalDate on,
            LocalDate validUntil) {
        return new UnitRecognised(
                pathway(standard),
                standard,
                unit,
                points == null ? null : CreditPoints.of(points),
                grade == null ? null : BigDecimal.valueOf(grade),
                false,
                List.of(basis),
                actor(BRANLY),
                on,
                validUntil);
    }

    QualificationAwarded awarded(QualificationRef standard, List<UnitRef> units, String points, LocalDate on) {
        return new QualificationAwarded(
                pathway(standard),
                standard,
                false,
                null,
                units,
                points == null ? null : CreditPoints.of(points),
                actor(BRANLY),
                on,
                "Decree");
    }

    static Actor actor(InstitutionId institution) {
        return new Actor(institution, "Officer of " + institution.value());
    }
}
