package org.ecvetledger.projections.progress;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.ecvetledger.domain.accumulation.AwardEligibilityEvaluated;
import org.ecvetledger.domain.accumulation.CommonCoreUnitCounted;
import org.ecvetledger.domain.accumulation.CreditTransferred;
import org.ecvetledger.domain.accumulation.CreditValidated;
import org.ecvetledger.domain.accumulation.CreditValidationRejected;
import org.ecvetledger.domain.accumulation.CreditValidationWithdrawn;
import org.ecvetledger.domain.accumulation.FinalExaminationRecorded;
import org.ecvetledger.domain.accumulation.LearnerEnrolled;
import org.ecvetledger.domain.accumulation.LearnerPathwayMigrated;
import org.ecvetledger.domain.accumulation.PartialUnitCreditRecognised;
import org.ecvetledger.domain.accumulation.PathwayId;
import org.ecvetledger.domain.accumulation.QualificationAwardRevoked;
import org.ecvetledger.domain.accumulation.QualificationAwarded;
import org.ecvetledger.domain.accumulation.RecognitionConfirmed;
import org.ecvetledger.domain.accumulation.RecognitionReviewRequired;
import org.ecvetledger.domain.accumulation.UnitRecognised;
import org.ecvetledger.domain.accumulation.UnitRecognitionRevoked;
import org.ecvetledger.domain.equivalence.EquivalenceId;
import org.ecvetledger.domain.equivalence.EquivalenceTerms;
import org.ecvetledger.domain.equivalence.UnitEquivalenceDeclared;
import org.ecvetledger.domain.equivalence.UnitEquivalenceRevised;
import org.ecvetledger.domain.equivalence.UnitEquivalenceWithdrawn;
import org.ecvetledger.domain.qualification.AttachedUnit;
import org.ecvetledger.domain.qualification.AwardRuleSet;
import org.ecvetledger.domain.qualification.AwardRuleSetDefined;
import org.ecvetledger.domain.qualification.GradingScale;
import org.ecvetledger.domain.qualification.QualificationProfile;
import org.ecvetledger.domain.qualification.QualificationProfileAmended;
import org.ecvetledger.domain.qualification.QualificationRules;
import org.ecvetledger.domain.qualification.QualificationStandardDrafted;
import org.ecvetledger.domain.qualification.QualificationStandardPublished;
import org.ecvetledger.domain.qualification.UnitAttachedToQualification;
import org.ecvetledger.domain.qualification.UnitDetachedFromQualification;
import org.ecvetledger.domain.qualification.UnitRole;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.projections.EventEnvelope;
import org.ecvetledger.projections.progress.ProgressAudit.Assumed;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the facts a progress audit needs — each pathway event with its effective date and recorded
 * instant, each standard version's units and award rules, the unit equivalences — and answers the
 * audit at query time ({@link ProgressAudit}), for any {@code asOf} and {@code knownAt}, and its
 * what-if variants without recording anything. Idempotent: a pathway event is stored once per event
 * id; catalogue rows remember the sequence of the last event applied and never move backwards.
 */
@ProcessingGroup(ProgressReadModel.PROCESSING_GROUP)
public class ProgressProjector {

    private final JdbcTemplate jdbc;

    /**
     * Published standard versions are frozen (the catalogue refuses any change after publishing), so their
     * rules are read once per node and kept; drafts are always read afresh. Emptied on reset.
     */
    private final Map<QualificationRef, QualificationRules> publishedRules = new ConcurrentHashMap<>();

    public ProgressProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // --- the pathway's events, as facts

    @EventHandler
    void on(LearnerEnrolled event, EventMessage<?> message) {
        store(message, event.pathway(), event.enrolledOn(), event.standard().version(), null, null, null, null, null);
    }

    @EventHandler
    void on(CreditValidated event, EventMessage<?> message) {
        store(
                message,
                event.pathway(),
                event.effectiveDate(),
                null,
                event.unit(),
                null,
                null,
                null,
                null,
                event.learningOutcomes());
    }

    @EventHandler
    void on(CreditValidationRejected event, EventMessage<?> message) {
        store(
                message,
                event.pathway(),
                event.effectiveDate(),
                null,
                event.unit(),
                null,
                null,
                null,
                null,
                event.learningOutcomes());
    }

    @EventHandler
    void on(UnitRecognised event, EventMessage<?> message) {
        store(
                message,
                event.pathway(),
                event.effectiveDate(),
                event.standard().version(),
                event.unit(),
                event.points() == null ? null : event.points().value(),
                event.grade(),
                event.validUntil(),
                null);
    }

    @EventHandler
    void on(PartialUnitCreditRecognised event, EventMessage<?> message) {
        store(
                message,
                event.pathway(),
                event.effectiveDate(),
                event.standard().version(),
                event.unit(),
                null,
                null,
                null,
                null,
                event.learningOutcomes());
    }

    @EventHandler
    void on(CreditTransferred event, EventMessage<?> message) {
        var full = event.coverage() == Coverage.FULL;
        // the receiving unit's points and grade (decision (j)2); the source's stay in the transfer event
        store(
                message,
                event.pathway(),
                event.effectiveDate(),
                event.standard().version(),
                event.unit(),
                full && event.points() != null ? event.points().value() : null,
                full ? event.grade() : null,
                full ? event.validUntil() : null,
                null,
                event.coveredOutcomes());
        if (!full) {
            // a part of a unit never counts (R10): kept apart from the full transfers by its fact type
            jdbc.update(
                    "update rm_progress_pathway_event set event_type = ? where event_id = ?",
                    PathwayFact.PART_TRANSFERRED,
                    message.getIdentifier());
        }
    }

    /** A common-core unit counts here like a recognition, with this standard's points (ADR 0016). */
    @EventHandler
    void on(CommonCoreUnitCounted event, EventMessage<?> message) {
        store(
                message,
                event.pathway(),
                event.effectiveDate(),
                event.standard().version(),
                event.unit(),
                event.points() == null ? null : event.points().value(),
                event.grade(),
                event.validUntil(),
                null);
    }

    @EventHandler
    void on(FinalExaminationRecorded event, EventMessage<?> message) {
        store(
                message,
                event.pathway(),
                event.examinedOn(),
                event.standard().version(),
                null,
                null,
                event.grade(),
                null,
                event.passed());
    }

    @EventHandler
    void on(AwardEligibilityEvaluated event, EventMessage<?> message) {
        store(
                message,
                event.pathway(),
                event.evaluatedOn(),
                event.standard().version(),
                null,
                null,
                null,
                null,
                event.eligible());
    }

    @EventHandler
    void on(QualificationAwarded event, EventMessage<?> message) {
        store(
                message,
                event.pathway(),
                event.effectiveDate(),
                event.standard().version(),
                null,
                event.pointsTotal() == null ? null : event.pointsTotal().value(),
                event.grade(),
                null,
                null);
    }

    /**
     * S28: from its effective date the pathway runs under the new version, holding what the transition
     * table carried over; the audit derives those recognitions from this one fact ({@link ProgressAudit}).
     */
    @EventHandler
    void on(LearnerPathwayMigrated event, EventMessage<?> message) {
        store(
                message,
                event.pathway(),
                event.effectiveDate(),
                event.standard().version(),
                null,
                null,
                null,
                null,
                null);
        jdbc.update(
                "update rm_progress_pathway_event set migration = ?::jsonb where event_id = ?",
                ProgressJson.migration(new PathwayFact.Migration(
                        event.previousStandard().toString(),
                        event.mappedCredits(),
                        event.unmappedUnits().stream().map(UnitRef::toString).toList())),
                message.getIdentifier());
    }

    // --- changing the past (ADR 0010): new facts that name what they change

    @EventHandler
    void on(UnitRecognitionRevoked event, EventMessage<?> message) {
        store(
                message,
                event.pathway(),
                event.effectiveDate(),
                event.standard().version(),
                event.unit(),
                event.points() == null ? null : event.points().value(),
                null,
                null,
                null,
                event.learningOutcomes(),
                event.partOfUnit(),
                null,
                event.reason());
    }

    @EventHandler
    void on(CreditValidationWithdrawn event, EventMessage<?> message) {
        store(
                message,
                event.pathway(),
                event.effectiveDate(),
                null,
                event.unit(),
                null,
                null,
                null,
                null,
                event.learningOutcomes(),
                false,
                null,
                event.reason());
    }

    @EventHandler
    void on(QualificationAwardRevoked event, EventMessage<?> message) {
        store(
                message,
                event.pathway(),
                event.effectiveDate(),
                event.standard().version(),
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                event.reason());
    }

    @EventHandler
    void on(RecognitionReviewRequired event, EventMessage<?> message) {
        store(
                message,
                event.pathway(),
                event.effectiveDate(),
                event.standard().version(),
                event.unit(),
                null,
                null,
                null,
                null,
                null,
                false,
                event.decision().name(),
                event.reason());
    }

    @EventHandler
    void on(RecognitionConfirmed event, EventMessage<?> message) {
        store(
                message,
                event.pathway(),
                event.effectiveDate(),
                null,
                event.unit(),
                null,
                null,
                null,
                null,
                null,
                false,
                event.decision().name(),
                event.note());
    }

    private void store(
            EventMessage<?> message,
            PathwayId pathway,
            LocalDate effectiveDate,
            Integer standardVersion,
            UnitRef unit,
            BigDecimal points,
            BigDecimal grade,
            LocalDate validUntil,
            Boolean flag) {
        store(message, pathway, effectiveDate, standardVersion, unit, points, grade, validUntil, flag, null);
    }

    private void store(
            EventMessage<?> message,
            PathwayId pathway,
            LocalDate effectiveDate,
            Integer standardVersion,
            UnitRef unit,
            BigDecimal points,
            BigDecimal grade,
            LocalDate validUntil,
            Boolean flag,
            List<String> learningOutcomes) {
        store(
                message,
                pathway,
                effectiveDate,
                standardVersion,
                unit,
                points,
                grade,
                validUntil,
                flag,
                learningOutcomes,
                false,
                null,
                null);
    }

    private void store(
            EventMessage<?> message,
            PathwayId pathway,
            LocalDate effectiveDate,
            Integer standardVersion,
            UnitRef unit,
            BigDecimal points,
            BigDecimal grade,
            LocalDate validUntil,
            Boolean flag,
            List<String> learningOutcomes,
            boolean partOfUnit,
            String reviewedDecision,
            String reason) {
        // the stable message name, not the Java class name: renaming a class never changes the facts
        var name = message.getPayloadType().getAnnotation(MessageName.class);
        var type = name == null ? message.getPayloadType().getSimpleName() : name.value();
        var sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0L;
        long position = EventEnvelope.positionOf(message);
        boolean exam = PathwayFact.FINAL_EXAMINATION.equals(type);
        jdbc.update(
                """
                insert into rm_progress_pathway_event
                    (event_id, learner_id, qualification_id, sequence_number, global_index, event_type,
                     effective_date, recorded_at, standard_version, unit_ref, points, grade, valid_until, passed,
                     eligible, learning_outcomes, part_of_unit, reviewed_decision, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (event_id) do nothing
                """,
                message.getIdentifier(),
                pathway.learner().value(),
                pathway.qualification().value(),
                sequence,
                position,
                type,
                effectiveDate,
                message.getTimestamp().atOffset(ZoneOffset.UTC),
                standardVersion,
                unit == null ? null : unit.toString(),
                points,
                grade,
                validUntil,
                exam ? flag : null,
                exam ? null : flag,
                learningOutcomes == null ? null : learningOutcomes.toArray(String[]::new),
                partOfUnit,
                reviewedDecision,
                reason);
    }

    // --- the catalogue, as award evaluation needs it

    @EventHandler
    void on(QualificationStandardDrafted event, @SequenceNumber long sequence) {
        profile(event.standard(), event.profile(), sequence);
    }

    @EventHandler
    void on(QualificationProfileAmended event, @SequenceNumber long sequence) {
        profile(event.standard(), event.profile(), sequence);
    }

    private void profile(QualificationRef standard, QualificationProfile profile, long sequence) {
        var framework = profile.framework();
        var scale = profile.gradingScale();
        jdbc.update(
                """
                insert into rm_progress_standard
                    (qualification_id, qualification_version, framework, framework_scheme, total_points,
                     grading_minimum, grading_maximum, award_rules, published_from, last_sequence)
                values (?, ?, ?, ?, ?, ?, ?, null, null, ?)
                on conflict (qualification_id, qualification_version) do update set
                    framework = excluded.framework, framework_scheme = excluded.framework_scheme,
                    total_points = excluded.total_points, grading_minimum = excluded.grading_minimum,
                    grading_maximum = excluded.grading_maximum, last_sequence = excluded.last_sequence
                where rm_progress_standard.last_sequence < excluded.last_sequence
                """,
                standard.id().value(),
                standard.version(),
                framework.kind().name(),
                framework.scheme(),
                profile.totalPoints() == null ? null : profile.totalPoints().value(),
                scale == null ? null : scale.minimum(),
                scale == null ? null : scale.maximum(),
                sequence);
    }

    @EventHandler
    void on(AwardRuleSetDefined event, @SequenceNumber long sequence) {
        jdbc.update(
                """
                update rm_progress_standard set award_rules = ?::jsonb, last_sequence = ?
                where qualification_id = ? and qualification_version = ? and last_sequence < ?
                """,
                ProgressJson.awardRules(event.rules().rules()),
                sequence,
                event.standard().id().value(),
                event.standard().version(),
                sequence);
    }

    @EventHandler
    void on(QualificationStandardPublished event, @SequenceNumber long sequence) {
        jdbc.update(
                """
                update rm_progress_standard set published_from = ?, last_sequence = ?
                where qualification_id = ? and qualification_version = ? and last_sequence < ?
                """,
                event.effectiveFrom(),
                sequence,
                event.standard().id().value(),
                event.standard().version(),
                sequence);
    }

    @EventHandler
    void on(UnitAttachedToQualification event, @SequenceNumber long sequence) {
        var attachment = event.attachment();
        jdbc.update(
                """
                insert into rm_progress_standard_unit
                    (qualification_id, qualification_version, unit_code, unit_version, attached, attached_order,
                     role, elective_group, points, coefficient, mobility_unit, validity, last_sequence)
                values (?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (qualification_id, qualification_version, unit_code, unit_version) do update set
                    attached = true, role = excluded.role, elective_group = excluded.elective_group,
                    points = excluded.points, coefficient = excluded.coefficient,
                    mobility_unit = excluded.mobility_unit, validity = excluded.validity,
                    last_sequence = excluded.last_sequence
                where rm_progress_standard_unit.last_sequence < excluded.last_sequence
                """,
                event.standard().id().value(),
                event.standard().version(),
                attachment.unit().code().value(),
                attachment.unit().version(),
                sequence,
                attachment.role().name(),
                attachment.electiveGroup(),
                attachment.points() == null ? null : attachment.points().value(),
                attachment.coefficient(),
                attachment.mobilityUnit(),
                attachment.validity() == null ? null : attachment.validity().toString(),
                sequence);
    }

    @EventHandler
    void on(UnitDetachedFromQualification event, @SequenceNumber long sequence) {
        jdbc.update(
                """
                update rm_progress_standard_unit set attached = false, last_sequence = ?
                where qualification_id = ? and qualification_version = ? and unit_code = ? and unit_version = ?
                  and last_sequence < ?
                """,
                sequence,
                event.standard().id().value(),
                event.standard().version(),
                event.unit().code().value(),
                event.unit().version(),
                sequence);
    }

    @EventHandler
    void on(UnitEquivalenceDeclared event, @SequenceNumber long sequence) {
        equivalence(event.equivalenceId(), event.version(), event.terms(), event.effectiveFrom(), sequence);
    }

    @EventHandler
    void on(UnitEquivalenceRevised event, @SequenceNumber long sequence) {
        equivalence(event.equivalenceId(), event.version(), event.terms(), event.effectiveFrom(), sequence);
    }

    private void equivalence(
            EquivalenceId id, int version, EquivalenceTerms terms, LocalDate effectiveFrom, long sequence) {
        jdbc.update(
                """
                insert into rm_progress_equivalence
                    (equivalence_id, version, source_unit, target_unit, coverage, covered_outcomes, effective_from,
                     withdrawn_from, last_sequence)
                values (?, ?, ?, ?, ?, ?, ?, null, ?)
                on conflict (equivalence_id) do update set
                    version = excluded.version, source_unit = excluded.source_unit, target_unit = excluded.target_unit,
                    coverage = excluded.coverage, covered_outcomes = excluded.covered_outcomes,
                    effective_from = excluded.effective_from, last_sequence = excluded.last_sequence
                where rm_progress_equivalence.last_sequence < excluded.last_sequence
                """,
                id.value(),
                version,
                terms.source().toString(),
                terms.target().toString(),
                terms.coverage().name(),
                terms.coveredOutcomes().toArray(String[]::new),
                effectiveFrom,
                sequence);
    }

    @EventHandler
    void on(UnitEquivalenceWithdrawn event, @SequenceNumber long sequence) {
        jdbc.update("""
                update rm_progress_equivalence set withdrawn_from = ?, last_sequence = ?
                where equivalence_id = ? and last_sequence < ?
                """, event.effectiveFrom(), sequence, event.equivalenceId().value(), sequence);
    }

    @ResetHandler
    void reset() {
        publishedRules.clear();
        jdbc.update("truncate table rm_progress_pathway_event, rm_progress_standard, rm_progress_standard_unit,"
                + " rm_progress_equivalence");
    }

    // --- queries

    /** Empty when the learner was not enrolled in the qualification as of that date, as known then. */
    @QueryHandler
    Optional<QualificationProgressView> handle(GetQualificationProgress query) {
        var visible =
                ProgressAudit.visible(facts(query.learner(), query.qualification()), query.asOf(), query.knownAt());
        return ProgressAudit.standardVersion(visible).flatMap(version -> {
            var standard = new QualificationRef(query.qualification(), version);
            return rules(standard)
                    .map(rules -> ProgressAudit.audit(
                            query.learner(), standard, rules, visible, query.asOf(), query.knownAt(), List.of(), null));
        });
    }

    /**
     * Reads only: nothing of a what-if is written anywhere. Empty when the learner is not enrolled in the
     * qualification as of the date; a hypothesis the audit cannot take (a unit of another standard, a grade
     * off the scale, a target qualification with no published version) is answered as a refusal naming
     * its field.
     */
    @QueryHandler
    Optional<WhatIfAnswer> handle(GetWhatIfProgress query) {
        var visible =
                ProgressAudit.visible(facts(query.learner(), query.qualification()), query.asOf(), query.knownAt());
        var version = ProgressAudit.standardVersion(visible);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        var source = new QualificationRef(query.qualification(), version.get());
        var sourceRules = rules(source);
        if (sourceRules.isEmpty()) {
            return Optional.empty();
        }
        if (query.transferTo() == null) {
            return Optional.of(whatIf(query, source, sourceRules.get(), visible, List.of(), null));
        }
        if (query.transferTo().equals(query.qualification())) {
            return Optional.of(refused(new Refusal(
                    "transferTo", "another-qualification", "must name a qualification other than the learner's own")));
        }
        var targetVisible =
                ProgressAudit.visible(facts(query.learner(), query.transferTo()), query.asOf(), query.knownAt());
        var target = ProgressAudit.standardVersion(targetVisible)
                .map(v -> new QualificationRef(query.transferTo(), v))
                .or(() -> latestPublished(query.transferTo(), query.asOf()));
        var targetRules = target.flatMap(this::rules);
        if (targetRules.isEmpty()) {
            return Optional.of(refused(new Refusal(
                    "transferTo",
                    "not-published",
                    "the catalogue holds no published version of " + query.transferTo() + " on " + query.asOf())));
        }
        var counting = ProgressAudit.counting(sourceRules.get(), visible, query.asOf());
        var transferred = new ArrayList<QualificationProgressView.TransferredUnit>();
        var partial = new ArrayList<QualificationProgressView.TransferredUnit>();
        var notTransferable = new ArrayList<String>();
        var assumed = new ArrayList<Assumed>();
        boolean sameScale = sourceRules.get().gradingScale() != null
                && sourceRules.get().gradingScale().equals(targetRules.get().gradingScale());
        for (var unit : counting) {
            var eventId = ProgressAudit.recognitionEvent(visible, unit).orElse(null);
            var mappings = mappings(unit.unit(), targetRules.get(), query.asOf());
            if (mappings.isEmpty()) {
                notTransferable.add(unit.unit().toString());
            }
            for (var mapping : mappings) {
                var attached = targetRules.get().unit(mapping.target()).orElseThrow();
                var mapped = new QualificationProgressView.TransferredUnit(
                        unit.unit().toString(),
                        unit.points() == null ? null : unit.points().value(),
                        eventId,
                        mapping.target().toString(),
                        mapping.full() && attached.points() != null
                                ? attached.points().value()
                                : null,
                        mapping.full() ? "FULL" : "PARTIAL",
                        mapping.coveredOutcomes(),
                        mapping.equivalenceId());
                if (mapping.full()) {
                    transferred.add(mapped);
                    // decision (j)2: the receiving unit's points; a grade carries over only on the same scale
                    assumed.add(new Assumed(
                            mapping.target(),
                            attached.points(),
                            sameScale ? unit.grade() : null,
                            query.asOf(),
                            "transfer of " + unit.unit()
                                    + (mapping.equivalenceId() == null
                                            ? " (the same unit)"
                                            : " by equivalence " + mapping.equivalenceId())
                                    + (eventId == null ? "" : ", recognised in event " + eventId)));
                } else {
                    partial.add(mapped);
                }
            }
        }
        var transfer = new QualificationProgressView.Transfer(
                source.toString(), target.get().toString(), transferred, partial, notTransferable);
        return Optional.of(whatIf(query, target.get(), targetRules.get(), targetVisible, assumed, transfer));
    }

    /** The answer of a what-if: the audit, or why a hypothesis cannot be taken (then no audit). */
    public record WhatIfAnswer(QualificationProgressView progress, List<Refusal> refusals) {
        public WhatIfAnswer {
            refusals = List.copyOf(refusals);
        }
    }

    /**
     * A hypothesis the audit cannot take, naming its field in the request.
     *
     * @param field e.g. {@code recognitions[0].unit}
     */
    public record Refusal(String field, String rule, String message) {}

    private static WhatIfAnswer refused(Refusal refusal) {
        return new WhatIfAnswer(null, List.of(refusal));
    }

    private static WhatIfAnswer whatIf(
            GetWhatIfProgress query,
            QualificationRef standard,
            QualificationRules rules,
            List<PathwayFact> visible,
            List<Assumed> transferred,
            QualificationProgressView.Transfer transfer) {
        var assumed = new ArrayList<>(transferred);
        var refusals = new ArrayList<Refusal>();
        for (int i = 0; i < query.recognitions().size(); i++) {
            var recognition = query.recognitions().get(i);
            var attached = rules.unit(recognition.unit());
            if (attached.isEmpty()) {
                refusals.add(new Refusal(
                        "recognitions[" + i + "].unit",
                        "not-in-standard",
                        recognition.unit() + " is not a unit of " + standard));
                continue;
            }
            var scale = rules.gradingScale();
            if (recognition.grade() != null && (scale == null || !scale.contains(recognition.grade()))) {
                refusals.add(new Refusal(
                        "recognitions[" + i + "].grade",
                        "off-scale",
                        scale == null
                                ? standard + " does not grade its units"
                                : "must lie on " + standard + "'s scale, "
                                        + scale.minimum().toPlainString() + " to "
                                        + scale.maximum().toPlainString()));
                continue;
            }
            assumed.add(new Assumed(
                    recognition.unit(),
                    attached.get().points(),
                    recognition.grade(),
                    recognition.recognisedOn() == null ? query.asOf() : recognition.recognisedOn(),
                    "hypothetical recognition"));
        }
        if (!refusals.isEmpty()) {
            return new WhatIfAnswer(null, refusals);
        }
        var hypotheses = assumed.stream()
                .map(a -> new QualificationProgressView.Hypothesis(
                        a.unit().toString(),
                        a.points() == null ? null : a.points().value(),
                        a.grade(),
                        a.recognisedOn(),
                        a.basis()))
                .toList();
        var view = ProgressAudit.audit(
                query.learner(),
                standard,
                rules,
                visible,
                query.asOf(),
                query.knownAt(),
                assumed,
                new QualificationProgressView.WhatIf(hypotheses, transfer));
        return new WhatIfAnswer(view, List.of());
    }

    /** A unit's way into the target standard: the very same unit, or an equivalence in force on the date. */
    private record Mapping(UnitRef target, boolean full, List<String> coveredOutcomes, String equivalenceId) {}

    private List<Mapping> mappings(UnitRef source, QualificationRules target, LocalDate on) {
        var mappings = new ArrayList<Mapping>();
        if (target.unit(source).isPresent()) {
            mappings.add(new Mapping(source, true, List.of(), null));
            return mappings;
        }
        jdbc.query(
                """
                select equivalence_id, target_unit, coverage, covered_outcomes from rm_progress_equivalence
                where source_unit = ? and effective_from <= ? and (withdrawn_from is null or withdrawn_from > ?)
                order by equivalence_id
                """,
                row -> {
                    var unit = UnitRef.parse(row.getString("target_unit"));
                    if (target.unit(unit).isPresent()) {
                        mappings.add(new Mapping(
                                unit,
                                "FULL".equals(row.getString("coverage")),
                                strings(row.getArray("covered_outcomes")),
                                row.getObject("equivalence_id", UUID.class).toString()));
                    }
                },
                source.toString(),
                on,
                on);
        return mappings;
    }

    private List<PathwayFact> facts(LearnerId learner, QualificationId qualification) {
        return jdbc.query(
                """
                select event_id, sequence_number, event_type, effective_date, recorded_at, standard_version, unit_ref,
                       points, grade, valid_until, passed, learning_outcomes, part_of_unit, reviewed_decision, reason,
                       migration::text as migration
                from rm_progress_pathway_event
                where learner_id = ? and qualification_id = ?
                order by sequence_number
                """,
                (row, n) -> new PathwayFact(
                        row.getString("event_id"),
                        row.getLong("sequence_number"),
                        row.getString("event_type"),
                        row.getObject("effective_date", LocalDate.class),
                        row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                        (Integer) row.getObject("standard_version"),
                        row.getString("unit_ref") == null ? null : UnitRef.parse(row.getString("unit_ref")),
                        row.getBigDecimal("points"),
                        row.getBigDecimal("grade"),
                        row.getObject("valid_until", LocalDate.class),
                        (Boolean) row.getObject("passed"),
                        strings(row.getArray("learning_outcomes")),
                        row.getBoolean("part_of_unit"),
                        row.getString("reviewed_decision"),
                        row.getString("reason"),
                        ProgressJson.migration(row.getString("migration")),
                        null),
                learner.value(),
                qualification.value());
    }

    private Optional<QualificationRef> latestPublished(QualificationId qualification, LocalDate on) {
        return jdbc
                .query("""
                        select qualification_version from rm_progress_standard
                        where qualification_id = ? and published_from <= ?
                        order by qualification_version desc limit 1
                        """, (row, n) -> new QualificationRef(qualification, row.getInt(1)), qualification.value(), on)
                .stream()
                .findFirst();
    }

    /** The standard version's rules; empty when the read model has not (yet) seen it. */
    Optional<QualificationRules> rules(QualificationRef standard) {
        var cached = publishedRules.get(standard);
        if (cached != null) {
            return Optional.of(cached);
        }
        var published = jdbc.queryForList("""
                        select published_from is not null from rm_progress_standard
                        where qualification_id = ? and qualification_version = ?
                        """, Boolean.class, standard.id().value(), standard.version()).stream()
                .findFirst()
                .orElse(false);
        var rules = readRules(standard);
        if (published) {
            rules.ifPresent(r -> publishedRules.put(standard, r));
        }
        return rules;
    }

    private Optional<QualificationRules> readRules(QualificationRef standard) {
        var units = jdbc.query("""
                select unit_code, unit_version, role, elective_group, points, coefficient, mobility_unit, validity
                from rm_progress_standard_unit
                where qualification_id = ? and qualification_version = ? and attached
                order by attached_order, unit_code, unit_version
                """, (row, n) -> attachedUnit(row), standard.id().value(), standard.version());
        return jdbc
                .query(
                        """
                        select framework, framework_scheme, total_points, grading_minimum, grading_maximum, award_rules
                        from rm_progress_standard where qualification_id = ? and qualification_version = ?
                        """,
                        (row, n) -> new QualificationRules(
                                new CreditFramework(
                                        CreditFramework.Kind.valueOf(row.getString("framework")),
                                        row.getString("framework_scheme")),
                                row.getBigDecimal("total_points") == null
                                        ? null
                                        : new CreditPoints(row.getBigDecimal("total_points")),
                                units,
                                new AwardRuleSet(ProgressJson.awardRules(row.getString("award_rules"))),
                                row.getBigDecimal("grading_minimum") == null
                                        ? null
                                        : new GradingScale(
                                                row.getBigDecimal("grading_minimum"),
                                                row.getBigDecimal("grading_maximum"))),
                        standard.id().value(),
                        standard.version())
                .stream()
                .findFirst();
    }

    private static AttachedUnit attachedUnit(ResultSet row) throws SQLException {
        var validity = row.getString("validity");
        return new AttachedUnit(
                UnitRef.of(row.getString("unit_code"), row.getInt("unit_version")),
                UnitRole.valueOf(row.getString("role")),
                row.getString("elective_group"),
                row.getBigDecimal("points") == null ? null : new CreditPoints(row.getBigDecimal("points")),
                row.getBigDecimal("coefficient"),
                row.getBoolean("mobility_unit"),
                validity == null ? null : Period.parse(validity));
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return List.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
