package org.ecvetledger.projections.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.ecvetledger.domain.qualification.AchievedUnit;
import org.ecvetledger.domain.qualification.AttachedUnit;
import org.ecvetledger.domain.qualification.AwardRule;
import org.ecvetledger.domain.qualification.AwardRule.ElectiveGroup;
import org.ecvetledger.domain.qualification.AwardRule.FinalExaminationRequired;
import org.ecvetledger.domain.qualification.AwardRule.MinimumPoints;
import org.ecvetledger.domain.qualification.AwardRule.UnitValidityInTime;
import org.ecvetledger.domain.qualification.AwardRule.WeightedAverage;
import org.ecvetledger.domain.qualification.AwardRuleEvaluation;
import org.ecvetledger.domain.qualification.Eligibility;
import org.ecvetledger.domain.qualification.Eligibility.RuleOutcome;
import org.ecvetledger.domain.qualification.QualificationRules;
import org.ecvetledger.domain.qualification.ThresholdComparator;
import org.ecvetledger.domain.qualification.UnitRole;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.projections.progress.QualificationProgressView.UnitStatus;

/**
 * The progress audit: a pure function of a pathway's events, the standard's rules, a date and an
 * instant. The events are filtered bitemporally, folded, and evaluated by the domain's
 * {@link AwardRuleEvaluation}, so eligibility and its reasons are exactly the rule trace an award
 * decision on that date would see; the rest of the view explains that trace and names the events
 * behind every figure. Hypotheses (what-if) join the recorded recognitions without being recorded.
 */
final class ProgressAudit {

    /**
     * R14 / decision (j)3 as {@link AwardRuleEvaluation} applies it: of two recognitions of one unit the
     * later counts; on the same date the better grade, then the higher points. Repeated here so that the
     * view names the very recognition the evaluation counted.
     */
    private static final Comparator<Credit> LATER = Comparator.<Credit, LocalDate>comparing(
                    c -> c.achieved().recognisedOn())
            .thenComparing(c -> c.achieved().grade(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(c -> c.achieved().points(), Comparator.nullsFirst(Comparator.naturalOrder()));

    private ProgressAudit() {}

    /** A recognition that has not happened, counted with the audited standard's points for the unit (R8). */
    record Assumed(UnitRef unit, CreditPoints points, BigDecimal grade, LocalDate recognisedOn, String basis) {}

    /**
     * A recorded recognition (its event id) or an assumed one (its basis). A recognition carried over by a
     * migration (S28) names the migration and, in {@code carriedFrom}, the original recognition.
     */
    private record Credit(
            AchievedUnit achieved, String eventId, String hypothesis, LocalDate validUntil, String carriedFrom) {

        Credit(AchievedUnit achieved, String eventId, String hypothesis, LocalDate validUntil) {
            this(achieved, eventId, hypothesis, validUntil, null);
        }

        List<String> eventIds() {
            if (eventId == null) {
                return List.of();
            }
            return carriedFrom == null ? List.of(eventId) : List.of(carriedFrom, eventId);
        }
    }

    /** The pathway events in effect on {@code asOf} and recorded by {@code knownAt}, in the pathway's order. */
    static List<PathwayFact> visible(List<PathwayFact> facts, LocalDate asOf, Instant knownAt) {
        return facts.stream()
                .filter(f -> f.visible(asOf, knownAt))
                .sorted(Comparator.comparingLong(PathwayFact::sequence))
                .toList();
    }

    /** The standard version the learner is enrolled in, among the visible events (the latest enrolment). */
    static Optional<PathwayFact> enrolment(List<PathwayFact> visible) {
        return visible.stream()
                .filter(f -> PathwayFact.ENROLLED.equals(f.type()))
                .reduce((first, second) -> second);
    }

    /**
     * The standard version the pathway runs under among the visible events: the latest enrolment's, or
     * the version of a later migration (S28). Empty when the learner is not enrolled.
     */
    static Optional<Integer> standardVersion(List<PathwayFact> visible) {
        if (enrolment(visible).isEmpty()) {
            return Optional.empty();
        }
        return visible.stream()
                .filter(f -> PathwayFact.ENROLLED.equals(f.type()) || PathwayFact.MIGRATED.equals(f.type()))
                .reduce((first, second) -> second)
                .map(PathwayFact::standardVersion);
    }

    /** The units that count on {@code asOf}: the latest recognition of each unit of the standard, unexpired. */
    static List<AchievedUnit> counting(QualificationRules rules, List<PathwayFact> visible, LocalDate asOf) {
        var credit = credit(standing(visible), List.of());
        return held(rules, credit).entrySet().stream()
                .filter(e -> !expired(rules, e.getKey(), e.getValue(), asOf))
                .map(e -> e.getValue().achieved())
                .toList();
    }

    /** The recorded recognition behind a counting unit, for a transfer's provenance. */
    static Optional<String> recognitionEvent(List<PathwayFact> visible, AchievedUnit unit) {
        return standing(visible).stream()
                .filter(f -> PathwayFact.holdsUnit(f.type()))
                .filter(f -> f.unit().equals(unit.unit()) && f.effectiveDate().equals(unit.recognisedOn()))
                .map(PathwayFact::eventId)
                .reduce((first, second) -> second);
    }

    /**
     * The audit of {@code standard} for the learner.
     *
     * @param visible  the pathway's events already filtered by {@link #visible}; empty for a standard the
     *                 learner is not enrolled in (a what-if transfer)
     * @param assumed  hypothetical recognitions, counted with the recorded ones
     * @param whatIf   the what-if section to report; null for the learner's actual progress
     */
    static QualificationProgressView audit(
            LearnerId learner,
            QualificationRef standard,
            QualificationRules rules,
            List<PathwayFact> visible,
            LocalDate asOf,
            Instant knownAt,
            List<Assumed> assumed,
            QualificationProgressView.WhatIf whatIf) {
        var standing = standing(visible);
        var credit = credit(standing, assumed);
        var passedFinal = standing.stream()
                .filter(f -> PathwayFact.FINAL_EXAMINATION.equals(f.type()))
                .reduce((first, second) -> second);
        var eligibility = AwardRuleEvaluation.evaluate(
                rules,
                credit.stream().map(Credit::achieved).toList(),
                passedFinal.map(f -> Boolean.TRUE.equals(f.passed())).orElse(false),
                asOf);
        var outcomes = outcomesByRule(rules, eligibility);

        var held = held(rules, credit);
        var counted = new LinkedHashMap<AttachedUnit, Credit>();
        var expired = new LinkedHashMap<AttachedUnit, Credit>();
        held.forEach((unit, c) -> (expired(rules, unit, c, asOf) ? expired : counted).put(unit, c));

        var units = rules.units().stream()
                .map(unit -> unitProgress(unit, counted.get(unit), expired.get(unit), standing))
                .toList();
        var mandatory = mandatory(rules, counted);
        var groups = electiveGroups(rules, counted, outcomes);
        var points = points(rules, counted, outcomes);
        var average = weightedAverage(rules, counted, outcomes);
        var finalExamination = new QualificationProgressView.FinalExamination(
                rules.awardRules().has(FinalExaminationRequired.class),
                passedFinal
                        .map(f -> Boolean.TRUE.equals(f.passed()) ? "PASSED" : "FAILED")
                        .orElse("NOT_TAKEN"),
                passedFinal.map(PathwayFact::effectiveDate).orElse(null),
                passedFinal.map(PathwayFact::grade).orElse(null),
                passedFinal.map(PathwayFact::eventId).orElse(null));
        var expiredCredit = expired.entrySet().stream()
                .map(e -> new QualificationProgressView.ExpiredCredit(
                        e.getKey().unit().toString(),
                        e.getValue().achieved().recognisedOn(),
                        validUntil(e.getKey(), e.getValue()),
                        e.getValue().eventId()))
                .toList();
        var award = standing.stream()
                .filter(f -> PathwayFact.AWARDED.equals(f.type()))
                .reduce((first, second) -> second)
                .map(f -> new QualificationProgressView.Award(
                        f.effectiveDate(), f.grade(), f.points(), f.eventId(), f.eventId()))
                .orElse(null);
        var enrolment = enrolment(standing);
        var view = new QualificationProgressView(
                learner.toString(),
                standard.id().value(),
                standard.toString(),
                asOf,
                knownAt,
                rules.framework().toString(),
                enrolment.map(PathwayFact::effectiveDate).orElse(null),
                enrolment.map(PathwayFact::eventId).orElse(null),
                units,
                mandatory,
                groups,
                points,
                average,
                finalExamination,
                expiredCredit,
                new QualificationProgressView.EligibilityView(
                        eligibility.eligible(), eligibility.reasons(), eligibility.trace()),
                award,
                List.of(),
                visible.size(),
                whatIf,
                underReview(visible),
                migrations(visible));
        return withGuidance(view, rules, eligibility, outcomes);
    }

    /**
     * The visible facts less those a later visible fact took back (ADR 0010), as the pathway folds them: a
     * revoked recognition (of the unit, or of part of it), a withdrawn validation, a revoked award. What was
     * recorded after the revocation (a new recognition, S10) stands. A revocation that is not visible —
     * effective after {@code asOf}, or recorded after {@code knownAt} — takes nothing back.
     */
    static List<PathwayFact> standing(List<PathwayFact> visible) {
        var standing = new ArrayList<PathwayFact>();
        for (var fact : visible) {
            switch (fact.type()) {
                case PathwayFact.RECOGNITION_REVOKED ->
                    standing.removeIf(earlier -> fact.unit().equals(earlier.unit())
                            // a transferred or common-core unit is revoked like a recognition (ADR 0016)
                            && (fact.partOfUnit()
                                    ? PathwayFact.PART_RECOGNISED.equals(earlier.type())
                                            || PathwayFact.PART_TRANSFERRED.equals(earlier.type())
                                    : PathwayFact.holdsUnit(earlier.type())));
                case PathwayFact.VALIDATION_WITHDRAWN ->
                    standing.removeIf(earlier ->
                            fact.unit().equals(earlier.unit()) && PathwayFact.VALIDATED.equals(earlier.type()));
                case PathwayFact.AWARD_REVOKED ->
                    standing.removeIf(earlier -> PathwayFact.AWARDED.equals(earlier.type()));
                case PathwayFact.MIGRATED -> {
                    migrate(fact, standing);
                    continue;
                }
                default -> {
                    // every other fact stands until a later one takes it back
                }
            }
            standing.add(fact);
        }
        return List.copyOf(standing);
    }

    private static final List<String> CREDIT = List.of(
            PathwayFact.RECOGNISED,
            PathwayFact.TRANSFERRED,
            PathwayFact.PART_RECOGNISED,
            PathwayFact.PART_TRANSFERRED,
            PathwayFact.VALIDATED);

    /**
     * S28, as the pathway folds {@code LearnerPathwayMigrated}: the credit of the previous version stops
     * counting here (its recognitions stay in the ledger, on that version), and each credit the transition
     * table carried over is held in the new version — a FULL one as a recognition with the new unit's points,
     * the original grade, date and validity, a PARTIAL one as part of the new unit. Each names the migration
     * and the original recognition.
     */
    private static void migrate(PathwayFact migration, List<PathwayFact> standing) {
        var carried = new ArrayList<PathwayFact>();
        for (var credit : migration.migration().credits()) {
            var original = standing.stream()
                    .filter(f -> (PathwayFact.RECOGNISED.equals(f.type()) || PathwayFact.TRANSFERRED.equals(f.type()))
                            && credit.from().equals(f.unit()))
                    .reduce((first, second) -> second);
            var full = credit.coverage() == Coverage.FULL;
            carried.add(new PathwayFact(
                    migration.eventId(),
                    migration.sequence(),
                    full ? PathwayFact.RECOGNISED : PathwayFact.PART_RECOGNISED,
                    full ? credit.originallyRecognisedOn() : migration.effectiveDate(),
                    migration.recordedAt(),
                    migration.standardVersion(),
                    credit.to(),
                    full && credit.points() != null ? credit.points().value() : null,
                    full ? credit.grade() : null,
                    full ? original.map(PathwayFact::validUntil).orElse(null) : null,
                    null,
                    full ? List.of() : credit.coveredOutcomes(),
                    false,
                    null,
                    "migrated from " + credit.from(),
                    null,
                    original.map(PathwayFact::eventId).orElse(null)));
        }
        standing.removeIf(earlier -> CREDIT.contains(earlier.type()));
        standing.add(migration);
        standing.addAll(carried);
    }

    /** The pathway's migrations to newer versions (S28) visible in the audit, oldest first. */
    private static List<QualificationProgressView.Migration> migrations(List<PathwayFact> visible) {
        return visible.stream()
                .filter(f -> PathwayFact.MIGRATED.equals(f.type()) && f.migration() != null)
                .map(f -> new QualificationProgressView.Migration(
                        f.migration().previousStandard(),
                        newStandard(f),
                        f.effectiveDate(),
                        f.migration().credits().stream()
                                .map(c -> new QualificationProgressView.MigratedUnit(
                                        c.from().toString(),
                                        c.to().toString(),
                                        c.coverage().name(),
                                        c.coveredOutcomes(),
                                        c.points() == null ? null : c.points().value()))
                                .toList(),
                        f.migration().unmapped(),
                        f.eventId()))
                .toList();
    }

    private static String newStandard(PathwayFact migration) {
        var previous = migration.migration().previousStandard();
        return QualificationRef.of(previous.substring(0, previous.lastIndexOf('@')), migration.standardVersion())
                .toString();
    }

    /**
     * The decisions flagged for review and still pending, as the pathway keeps them ({@code review-pending}):
     * a confirmation clears the flag, and so does revoking (or withdrawing) the flagged decision.
     */
    static List<QualificationProgressView.Review> underReview(List<PathwayFact> visible) {
        var pending = new LinkedHashMap<String, PathwayFact>();
        for (var fact : visible) {
            var key = fact.unit() == null ? "" : fact.unit().toString();
            switch (fact.type()) {
                case PathwayFact.REVIEW_REQUIRED -> pending.put(key, fact);
                case PathwayFact.CONFIRMED, PathwayFact.RECOGNITION_REVOKED, PathwayFact.VALIDATION_WITHDRAWN ->
                    pending.remove(key);
                case PathwayFact.AWARD_REVOKED -> pending.remove("");
                default -> {
                    // no bearing on a review
                }
            }
        }
        return pending.values().stream()
                .map(f -> new QualificationProgressView.Review(
                        f.reviewedDecision(),
                        f.unit() == null ? null : f.unit().toString(),
                        f.effectiveDate(),
                        f.reason(),
                        f.eventId()))
                .toList();
    }

    // --- folding the events

    private static List<Credit> credit(List<PathwayFact> visible, List<Assumed> assumed) {
        var credit = new ArrayList<Credit>();
        for (var fact : visible) {
            if (PathwayFact.holdsUnit(fact.type())) {
                credit.add(new Credit(
                        new AchievedUnit(
                                fact.unit(),
                                fact.points() == null ? null : new CreditPoints(fact.points()),
                                fact.grade(),
                                fact.effectiveDate()),
                        fact.eventId(),
                        null,
                        fact.validUntil(),
                        fact.carriedFrom()));
            }
        }
        for (var hypothesis : assumed) {
            credit.add(new Credit(
                    new AchievedUnit(
                            hypothesis.unit(), hypothesis.points(), hypothesis.grade(), hypothesis.recognisedOn()),
                    null,
                    hypothesis.basis(),
                    null));
        }
        return credit;
    }

    /** The credit of each unit of the standard, the latest recognition of it, in the standard's order. */
    private static Map<AttachedUnit, Credit> held(QualificationRules rules, List<Credit> credit) {
        var latest = new LinkedHashMap<UnitRef, Credit>();
        for (var c : credit) {
            latest.merge(c.achieved().unit(), c, (kept, other) -> LATER.compare(other, kept) > 0 ? other : kept);
        }
        var held = new LinkedHashMap<AttachedUnit, Credit>();
        for (var unit : rules.units()) {
            var c = latest.get(unit.unit());
            if (c != null) {
                held.putIfAbsent(unit, c);
            }
        }
        return held;
    }

    /** R13 exactly as the award evaluation judges it, and only where the rule set applies validity in time. */
    private static boolean expired(QualificationRules rules, AttachedUnit unit, Credit credit, LocalDate asOf) {
        return rules.awardRules().has(UnitValidityInTime.class)
                && unit.validity() != null
                && credit.achieved().recognisedOn().plus(unit.validity()).isBefore(asOf);
    }

    private static LocalDate validUntil(AttachedUnit unit, Credit credit) {
        if (credit.validUntil() != null) {
            return credit.validUntil();
        }
        return unit.validity() == null
                ? null
                : credit.achieved().recognisedOn().plus(unit.validity()).minusDays(1);
    }

    private static CreditPoints pointsOf(AttachedUnit unit, Credit credit) {
        if (credit.achieved().points() != null) {
            return credit.achieved().points();
        }
        return unit.points() != null ? unit.points() : CreditPoints.ZERO;
    }

    /** The outcome of each rule: the trace lists them in the rule set's order. */
    private static Map<AwardRule, RuleOutcome> outcomesByRule(QualificationRules rules, Eligibility eligibility) {
        var outcomes = new LinkedHashMap<AwardRule, RuleOutcome>();
        var list = rules.awardRules().rules();
        if (list.size() == eligibility.trace().size()) {
            for (int i = 0; i < list.size(); i++) {
                outcomes.putIfAbsent(list.get(i), eligibility.trace().get(i));
            }
        }
        return outcomes;
    }

    // --- the view's parts

    private static QualificationProgressView.UnitProgress unitProgress(
            AttachedUnit unit, Credit counted, Credit expired, List<PathwayFact> visible) {
        var standardPoints = unit.points() == null ? null : unit.points().value();
        var ref = unit.unit().toString();
        var electiveGroup = unit.electiveGroup();
        var credit = counted != null ? counted : expired;
        if (credit != null) {
            return new QualificationProgressView.UnitProgress(
                    ref,
                    unit.role().name(),
                    electiveGroup,
                    standardPoints,
                    unit.coefficient(),
                    counted != null ? UnitStatus.RECOGNISED : UnitStatus.EXPIRED,
                    pointsOf(unit, credit).value(),
                    credit.achieved().grade(),
                    credit.achieved().recognisedOn(),
                    validUntil(unit, credit),
                    List.of(),
                    restingOn(unit, credit, visible),
                    credit.hypothesis());
        }
        for (var kind : List.of(PathwayFact.PART_RECOGNISED, PathwayFact.VALIDATED)) {
            var facts = visible.stream()
                    .filter(f -> (kind.equals(f.type()) || partTransfer(kind, f))
                            && unit.unit().equals(f.unit()))
                    .toList();
            if (!facts.isEmpty()) {
                var outcomes = new TreeSet<String>();
                facts.forEach(f -> outcomes.addAll(f.learningOutcomes()));
                return new QualificationProgressView.UnitProgress(
                        ref,
                        unit.role().name(),
                        electiveGroup,
                        standardPoints,
                        unit.coefficient(),
                        kind.equals(PathwayFact.PART_RECOGNISED) ? UnitStatus.PART_RECOGNISED : UnitStatus.VALIDATED,
                        null,
                        null,
                        null,
                        null,
                        List.copyOf(outcomes),
                        facts.stream().map(PathwayFact::eventId).toList(),
                        null);
            }
        }
        return new QualificationProgressView.UnitProgress(
                ref,
                unit.role().name(),
                electiveGroup,
                standardPoints,
                unit.coefficient(),
                UnitStatus.MISSING,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                null);
    }

    /**
     * The events a recognised unit rests on: its recognition, and (ADR 0023) the part-transfer or partial
     * migration line whose outcomes it completed — those the pathway still holds for the unit.
     */
    private static List<String> restingOn(AttachedUnit unit, Credit credit, List<PathwayFact> standing) {
        var ids = new ArrayList<String>();
        if (credit.eventId() != null) {
            standing.stream()
                    .filter(f -> unit.unit().equals(f.unit()))
                    .filter(f -> PathwayFact.PART_TRANSFERRED.equals(f.type())
                            || (PathwayFact.PART_RECOGNISED.equals(f.type()) && f.carriedFrom() != null))
                    .map(PathwayFact::eventId)
                    .distinct()
                    .forEach(ids::add);
        }
        credit.eventIds().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        return List.copyOf(ids);
    }

    /** A PARTIAL transfer shows its covered outcomes as part of the unit, like a partial recognition. */
    private static boolean partTransfer(String kind, PathwayFact fact) {
        return PathwayFact.PART_RECOGNISED.equals(kind) && PathwayFact.PART_TRANSFERRED.equals(fact.type());
    }

    private static QualificationProgressView.Mandatory mandatory(
            QualificationRules rules, Map<AttachedUnit, Credit> counted) {
        var done = new ArrayList<String>();
        var missing = new ArrayList<String>();
        var events = new ArrayList<String>();
        for (var unit : rules.unitsWithRole(UnitRole.MANDATORY)) {
            var credit = counted.get(unit);
            if (credit == null) {
                missing.add(unit.unit().toString());
            } else {
                done.add(unit.unit().toString());
                events.addAll(credit.eventIds());
            }
        }
        return new QualificationProgressView.Mandatory(done, missing, events);
    }

    private static List<QualificationProgressView.ElectiveGroupProgress> electiveGroups(
            QualificationRules rules, Map<AttachedUnit, Credit> counted, Map<AwardRule, RuleOutcome> outcomes) {
        var names = new LinkedHashSet<String>();
        rules.units().stream().filter(u -> u.electiveGroup() != null).forEach(u -> names.add(u.electiveGroup()));
        rules.awardRules().all(ElectiveGroup.class).forEach(rule -> names.add(rule.group()));
        var groups = new ArrayList<QualificationProgressView.ElectiveGroupProgress>();
        for (var name : names) {
            var rule = rules.awardRules().all(ElectiveGroup.class).stream()
                    .filter(r -> r.group().equals(name))
                    .findFirst();
            var held = new ArrayList<String>();
            var available = new ArrayList<String>();
            var events = new ArrayList<String>();
            var points = new ArrayList<CreditPoints>();
            for (var unit : rules.electiveGroup(name)) {
                var credit = counted.get(unit);
                if (credit == null) {
                    available.add(unit.unit().toString());
                } else {
                    held.add(unit.unit().toString());
                    points.add(pointsOf(unit, credit));
                    events.addAll(credit.eventIds());
                }
            }
            groups.add(new QualificationProgressView.ElectiveGroupProgress(
                    name,
                    rule.map(ElectiveGroup::chooseAtLeast).orElse(null),
                    rule.map(ElectiveGroup::minimumPoints)
                            .map(CreditPoints::value)
                            .orElse(null),
                    held,
                    CreditPoints.sum(points).value(),
                    available,
                    rule.map(outcomes::get).map(RuleOutcome::satisfied).orElse(null),
                    events));
        }
        return groups;
    }

    private static QualificationProgressView.Points points(
            QualificationRules rules, Map<AttachedUnit, Credit> counted, Map<AwardRule, RuleOutcome> outcomes) {
        if (!rules.framework().hasPoints()) {
            return null;
        }
        var held = new ArrayList<CreditPoints>();
        var events = new ArrayList<String>();
        counted.forEach((unit, credit) -> {
            held.add(pointsOf(unit, credit));
            events.addAll(credit.eventIds());
        });
        var rule = rules.awardRules().all(MinimumPoints.class).stream().findFirst();
        return new QualificationProgressView.Points(
                rules.framework().toString(),
                CreditPoints.sum(held).value(),
                rule.map(r -> r.minimum().value()).orElse(null),
                rules.totalPoints() == null ? null : rules.totalPoints().value(),
                rule.map(outcomes::get).map(RuleOutcome::satisfied).orElse(null),
                events);
    }

    private static QualificationProgressView.WeightedAverageProgress weightedAverage(
            QualificationRules rules, Map<AttachedUnit, Credit> counted, Map<AwardRule, RuleOutcome> outcomes) {
        var found = rules.awardRules().all(WeightedAverage.class).stream().findFirst();
        if (found.isEmpty()) {
            return null;
        }
        var rule = found.get();
        var weighted = BigDecimal.ZERO;
        var coefficients = BigDecimal.ZERO;
        var ungraded = new ArrayList<String>();
        var events = new ArrayList<String>();
        for (var entry : counted.entrySet()) {
            var unit = entry.getKey();
            var credit = entry.getValue();
            if (unit.coefficient() == null || (unit.role() == UnitRole.OPTIONAL && !rule.countOptionalUnits())) {
                continue;
            }
            if (credit.achieved().grade() == null) {
                ungraded.add(unit.unit().toString());
                continue;
            }
            weighted = weighted.add(credit.achieved().grade().multiply(unit.coefficient()));
            coefficients = coefficients.add(unit.coefficient());
            events.addAll(credit.eventIds());
        }
        var outcome = outcomes.get(rule);
        return new QualificationProgressView.WeightedAverageProgress(
                coefficients.signum() == 0 ? null : weighted.divide(coefficients, 2, RoundingMode.HALF_UP),
                rule.threshold(),
                rule.comparator().name(),
                rule.countOptionalUnits(),
                outcome != null && outcome.satisfied(),
                ungraded,
                events);
    }

    // --- guidance: plain language from the rule trace and the view

    private static QualificationProgressView withGuidance(
            QualificationProgressView view,
            QualificationRules rules,
            Eligibility eligibility,
            Map<AwardRule, RuleOutcome> outcomes) {
        var guidance = new ArrayList<String>();
        if (view.award() != null) {
            guidance.add("The qualification was awarded on " + view.award().awardedOn() + ".");
        } else if (eligibility.eligible() && !view.underReview().isEmpty()) {
            guidance.add("Every award rule is satisfied, but no award can be decided while a review is pending"
                    + " (review-pending).");
        } else if (eligibility.eligible()) {
            guidance.add("Every award rule is satisfied: the awarding body may decide the award (no award is"
                    + " automatic, R3).");
        } else {
            var shortfalls = new ArrayList<String>();
            outcomes.forEach((rule, outcome) -> {
                if (!outcome.satisfied()) {
                    shortfalls.add(shortfall(rule, view));
                }
            });
            if (outcomes.isEmpty()) {
                shortfalls.add("the standard has no award rules, so no learner can be found eligible");
            }
            var points = view.points();
            var lead = points != null && Boolean.TRUE.equals(points.satisfied())
                    ? "Points are enough (" + plain(points.held()) + " of " + plain(points.required()) + ") but "
                    : "Not yet eligible: ";
            guidance.add(lead + joined(shortfalls) + ".");
        }
        guidance.addAll(reviews(view));
        if (view.award() == null) {
            guidance.addAll(actions(view, rules));
        }
        return new QualificationProgressView(
                view.learner(),
                view.qualification(),
                view.standard(),
                view.asOf(),
                view.knownAt(),
                view.framework(),
                view.enrolledOn(),
                view.enrolmentEventId(),
                view.units(),
                view.mandatory(),
                view.electiveGroups(),
                view.points(),
                view.weightedAverage(),
                view.finalExamination(),
                view.expiredCredit(),
                view.eligibility(),
                view.award(),
                List.copyOf(guidance),
                view.eventsConsidered(),
                view.whatIf(),
                view.underReview(),
                view.migrations());
    }

    /** R25: a flagged decision stands until its body confirms or revokes it; meanwhile the award waits. */
    private static List<String> reviews(QualificationProgressView view) {
        var lines = new ArrayList<String>();
        for (var review : view.underReview()) {
            var what = review.unit() == null
                    ? "The award"
                    : ("CREDIT_VALIDATION".equals(review.decision())
                                    ? "The validated credit for "
                                    : "The recognition of ")
                            + code(review.unit());
            var consequence = review.unit() == null
                    ? ": it stands until the awarding body confirms or revokes it."
                    : view.award() == null
                            ? ": it still counts, but the qualification cannot be awarded until the reviewing body"
                                    + " confirms or revokes it (review-pending)."
                            : ": it still counts until the reviewing body confirms or revokes it.";
            lines.add(what + " is under review since " + review.flaggedOn()
                    + (review.reason() == null ? "" : " (" + review.reason() + ")") + consequence);
        }
        return lines;
    }

    /** What a failed rule lacks, as a clause: "mandatory unit M1 is missing". */
    private static String shortfall(AwardRule rule, QualificationProgressView view) {
        if (rule instanceof AwardRule.AllMandatoryUnits) {
            var missing =
                    view.mandatory().missing().stream().map(ProgressAudit::code).toList();
            return missing.size() == 1
                    ? "mandatory unit " + missing.get(0) + " is missing"
                    : "mandatory units " + String.join(", ", missing) + " are missing";
        }
        if (rule instanceof MinimumPoints minimum) {
            var held = view.points() == null ? BigDecimal.ZERO : view.points().held();
            return plain(minimum.minimum().value().subtract(held)) + " more points are needed (" + plain(held) + " of "
                    + plain(minimum.minimum().value()) + ")";
        }
        if (rule instanceof ElectiveGroup group) {
            var progress = view.electiveGroups().stream()
                    .filter(g -> g.group().equals(group.group()))
                    .findFirst()
                    .orElseThrow();
            var needs = new ArrayList<String>();
            if (group.chooseAtLeast() != null && progress.unitsHeld().size() < group.chooseAtLeast()) {
                int more = group.chooseAtLeast() - progress.unitsHeld().size();
                needs.add(more + " more " + (more == 1 ? "unit" : "units"));
            }
            if (group.minimumPoints() != null
                    && progress.pointsHeld().compareTo(group.minimumPoints().value()) < 0) {
                needs.add(plain(group.minimumPoints().value().subtract(progress.pointsHeld())) + " more points");
            }
            return "elective group " + group.group() + " needs " + String.join(" and ", needs);
        }
        if (rule instanceof WeightedAverage average) {
            var progress = view.weightedAverage();
            if (!progress.ungraded().isEmpty()) {
                return "the weighted average cannot be computed while "
                        + String.join(
                                ", ",
                                progress.ungraded().stream()
                                        .map(ProgressAudit::code)
                                        .toList())
                        + (progress.ungraded().size() == 1 ? " has" : " have") + " no grade";
            }
            if (progress.average() == null) {
                return "no graded unit counts towards the weighted average yet";
            }
            return "the weighted average " + progress.average() + " is below the required "
                    + (average.comparator() == ThresholdComparator.AT_LEAST ? "" : "more than ")
                    + plain(average.threshold());
        }
        if (rule instanceof FinalExaminationRequired) {
            return "FAILED".equals(view.finalExamination().status())
                    ? "the latest final examination was not passed"
                    : "a passed final examination is required";
        }
        return "rule " + rule.getClass().getSimpleName() + " is not satisfied";
    }

    /** One step a learner or institution can take, per gap. */
    private static List<String> actions(QualificationProgressView view, QualificationRules rules) {
        var actions = new ArrayList<String>();
        var byRef = new LinkedHashMap<String, QualificationProgressView.UnitProgress>();
        view.units().forEach(u -> byRef.put(u.unit(), u));
        for (var missing : view.mandatory().missing()) {
            var unit = byRef.get(missing);
            actions.add("Recognise mandatory unit " + code(missing) + withPoints(unit.standardPoints()) + "."
                    + (unit.status() == UnitStatus.VALIDATED
                            ? " Its credit is validated: only the recognition is missing."
                            : ""));
        }
        for (var group : view.electiveGroups()) {
            if (Boolean.FALSE.equals(group.satisfied())
                    && !group.unitsAvailable().isEmpty()) {
                actions.add("Choose from elective group " + group.group() + ": "
                        + String.join(
                                ", ",
                                group.unitsAvailable().stream()
                                        .map(ref -> code(ref)
                                                + withPoints(byRef.get(ref).standardPoints()))
                                        .toList())
                        + ".");
            }
        }
        for (var expired : view.expiredCredit()) {
            actions.add("Credit for " + code(expired.unit()) + " ran out after " + expired.validUntil()
                    + " (R13): it counts again only once validated and recognised again.");
        }
        var exam = view.finalExamination();
        if (exam.required() && !"PASSED".equals(exam.status())) {
            actions.add("Pass the final examination: units alone never lead to this award (R17).");
        }
        view.units().stream()
                .filter(u -> u.status() == UnitStatus.VALIDATED && !"MANDATORY".equals(u.role()))
                .forEach(u -> actions.add(code(u.unit()) + " is validated but not recognised: only a recognition"
                        + " grants a unit and its points (R7)."));
        if (rules.awardRules().rules().isEmpty()) {
            actions.add("Ask the standard's owner to define its award rules.");
        }
        return actions;
    }

    private static String withPoints(BigDecimal points) {
        return points == null ? "" : " (" + plain(points) + " points)";
    }

    private static String code(String unitRef) {
        return UnitRef.parse(unitRef).code().value();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "?" : value.stripTrailingZeros().toPlainString();
    }

    private static String joined(List<String> clauses) {
        if (clauses.size() <= 1) {
            return String.join("", clauses);
        }
        return String.join(", ", clauses.subList(0, clauses.size() - 1)) + " and " + clauses.get(clauses.size() - 1);
    }
}
