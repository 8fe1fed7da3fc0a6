package org.ecvetledger.domain.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.ecvetledger.domain.qualification.AwardRule.AllMandatoryUnits;
import org.ecvetledger.domain.qualification.AwardRule.ElectiveGroup;
import org.ecvetledger.domain.qualification.AwardRule.FinalExaminationRequired;
import org.ecvetledger.domain.qualification.AwardRule.MinimumPoints;
import org.ecvetledger.domain.qualification.AwardRule.UnitValidityInTime;
import org.ecvetledger.domain.qualification.AwardRule.WeightedAverage;
import org.ecvetledger.domain.qualification.Eligibility.RuleOutcome;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * Award evaluation against a plain re-statement of R12–R17 ({@link Reference}), on random standards
 * of 5 to 15 units and random recognitions of some of them, graded on 0–20.
 */
class AwardRuleEvaluationPropertiesTest {

    private static final LocalDate EPOCH = LocalDate.of(2015, 1, 1);

    // --- each rule kind against the reference ---

    @Property
    void mandatory_completeness_agrees_with_a_plain_check(@ForAll("cases") Case c, @ForAll boolean validityInTime) {
        var rule = new AllMandatoryUnits();

        assertAgreesWithReference(c, rule, validityInTime);
    }

    @Property
    void minimum_points_agree_with_a_plain_sum(
            @ForAll("cases") Case c, @ForAll("minimumPoints") MinimumPoints rule, @ForAll boolean validityInTime) {
        assertAgreesWithReference(c, rule, validityInTime);
    }

    @Property
    void elective_group_counts_and_points_agree_with_a_plain_tally(
            @ForAll("cases") Case c, @ForAll("electiveGroups") ElectiveGroup rule, @ForAll boolean validityInTime) {
        assertAgreesWithReference(c, rule, validityInTime);
    }

    @Property
    void weighted_average_agrees_with_a_division_at_high_scale(
            @ForAll("cases") Case c,
            @ForAll("weightedAverages") WeightedAverage rule,
            @ForAll boolean thresholdAtTheAverage,
            @ForAll boolean validityInTime) {
        var reference = new Reference(c, validityInTime);
        var exactAverage = reference.average(rule);
        if (thresholdAtTheAverage
                && exactAverage != null
                && exactAverage.stripTrailingZeros().scale() <= 2) {
            // the boundary itself: AT_LEAST passes and MORE_THAN fails (decision (j)1)
            rule = new WeightedAverage(exactAverage, rule.comparator(), rule.countOptionalUnits());
            Statistics.label("threshold").collect("at the exact average");
        }

        assertAgreesWithReference(c, rule, validityInTime);
    }

    @Property
    void the_final_examination_rule_follows_the_recorded_examination_alone(@ForAll("cases") Case c) {
        var outcome =
                c.evaluate(List.of(new FinalExaminationRequired())).trace().get(0);

        assertThat(outcome.satisfied()).isEqualTo(c.finalExaminationPassed());
        assertThat(outcome.reasons())
                .isEqualTo(c.finalExaminationPassed() ? List.of() : List.of("FINAL_EXAMINATION_MISSING"));
    }

    @Property
    void eligibility_is_every_rule_of_the_set_traced_in_order_and_all_satisfied(
            @ForAll("cases") Case c, @ForAll("ruleSets") List<AwardRule> rules) {
        var eligibility = c.evaluate(rules);

        if (rules.isEmpty()) {
            assertThat(eligibility.eligible()).isFalse();
            assertThat(eligibility.reasons()).containsExactly("NO_AWARD_RULES");
            return;
        }
        var reference = new Reference(c, rules.stream().anyMatch(UnitValidityInTime.class::isInstance));
        assertThat(eligibility.trace()).hasSameSizeAs(rules);
        boolean allSatisfied = true;
        for (int i = 0; i < rules.size(); i++) {
            var expected = reference.reasons(rules.get(i));
            var outcome = eligibility.trace().get(i);
            assertThat(outcome.rule()).isEqualTo(rules.get(i).getClass().getSimpleName());
            assertThat(outcome.reasons()).as(outcome.rule()).isEqualTo(expected);
            assertThat(outcome.satisfied()).isEqualTo(expected.isEmpty());
            allSatisfied &= expected.isEmpty();
        }
        assertThat(eligibility.eligible()).isEqualTo(allSatisfied);
        Statistics.label("eligible").collect(eligibility.eligible());
    }

    // --- invariants ---

    @Property
    void without_a_weighted_average_one_more_recognised_unit_never_takes_eligibility_away(
            @ForAll("cases") Case c,
            @ForAll("ruleSetsWithoutAverage") List<AwardRule> rules,
            @ForAll @IntRange(min = 0, max = 14) int pick,
            @ForAll("recognitionDays") LocalDate recognisedOn,
            @ForAll("grades") BigDecimal grade) {
        var held = c.achieved().stream().map(AchievedUnit::unit).toList();
        var notYetHeld = c.units().stream()
                .map(AttachedUnit::unit)
                .filter(unit -> !held.contains(unit))
                .toList();
        Assume.that(!notYetHeld.isEmpty());
        var newUnit = notYetHeld.get(pick % notYetHeld.size());
        var more = new ArrayList<>(c.achieved());
        more.add(new AchievedUnit(newUnit, null, grade, recognisedOn));

        var before = c.evaluate(rules);
        var after = c.with(more).evaluate(rules);

        if (before.eligible()) {
            assertThat(after.eligible()).isTrue();
        }
        Statistics.label("eligible before").collect(before.eligible());
    }

    @Property
    void the_order_of_the_recognitions_does_not_change_the_result(
            @ForAll("cases") Case c,
            @ForAll("ruleSets") List<AwardRule> rules,
            @ForAll("grades") BigDecimal twinGrade,
            @ForAll Random random) {
        var achieved = new ArrayList<>(c.achieved());
        if (!achieved.isEmpty()) {
            // a second recognition of a unit on the same day: the tie must not be settled by list order
            var twinOf = achieved.get(random.nextInt(achieved.size()));
            achieved.add(new AchievedUnit(twinOf.unit(), CreditPoints.of(7), twinGrade, twinOf.recognisedOn()));
        }
        var shuffled = new ArrayList<>(achieved);
        Collections.shuffle(shuffled, random);

        assertThat(c.with(shuffled).evaluate(rules)).isEqualTo(c.with(achieved).evaluate(rules));
    }

    private static void assertAgreesWithReference(Case c, AwardRule rule, boolean validityInTime) {
        var rules = validityInTime ? List.of(rule, new UnitValidityInTime()) : List.<AwardRule>of(rule);
        var eligibility = c.evaluate(rules);
        var expected = new Reference(c, validityInTime).reasons(rule);

        RuleOutcome outcome = eligibility.trace().get(0);
        assertThat(outcome.reasons()).isEqualTo(expected);
        assertThat(outcome.satisfied()).isEqualTo(expected.isEmpty());
        assertThat(eligibility.eligible()).isEqualTo(expected.isEmpty());
        Statistics.label("satisfied").collect(expected.isEmpty());
    }

    // --- the reference: the award rules restated with plain loops and division ---

    /**
     * Written apart from {@link AwardRuleEvaluation}: it divides to get the average, at a scale of 20.
     * Grades here have one decimal and coefficients are halves, so an average is a fraction whose
     * denominator is at most 6,000 and is never within 10⁻²⁰ of a threshold or a rounding boundary
     * without being exactly on it: the division decides every comparison as exactly as the evaluation.
     */
    private static final class Reference {

        private final List<AttachedUnit> units;
        private final boolean finalExaminationPassed;
        private final Map<UnitRef, AchievedUnit> counted = new HashMap<>();

        Reference(Case c, boolean validityInTime) {
            units = c.units();
            finalExaminationPassed = c.finalExaminationPassed();
            for (var unit : c.units()) {
                AchievedUnit latest = null;
                for (var recognition : c.achieved()) {
                    if (recognition.unit().equals(unit.unit())
                            && (latest == null || recognition.recognisedOn().isAfter(latest.recognisedOn()))) {
                        latest = recognition;
                    }
                }
                if (latest == null) {
                    continue;
                }
                boolean expired = validityInTime
                        && unit.validity() != null
                        && c.evaluatedOn().isAfter(latest.recognisedOn().plus(unit.validity()));
                if (!expired) {
                    counted.put(unit.unit(), latest);
                }
            }
        }

        List<String> reasons(AwardRule rule) {
            if (rule instanceof AllMandatoryUnits) {
                var missing = new ArrayList<String>();
                for (var unit : units) {
                    if (unit.role() == UnitRole.MANDATORY && !counted.containsKey(unit.unit())) {
                        missing.add("MISSING_MANDATORY:" + unit.unit().code().value());
                    }
                }
                Collections.sort(missing);
                return missing;
            }
            if (rule instanceof MinimumPoints minimum) {
                var have = BigDecimal.ZERO;
                for (var unit : units) {
                    have = have.add(pointsOf(unit));
                }
                return have.compareTo(minimum.minimum().value()) >= 0
                        ? List.of()
                        : List.of("POINTS_SHORT:" + plain(have) + "/"
                                + plain(minimum.minimum().value()));
            }
            if (rule instanceof ElectiveGroup group) {
                int count = 0;
                var have = BigDecimal.ZERO;
                for (var unit : units) {
                    if (group.group().equals(unit.electiveGroup()) && counted.containsKey(unit.unit())) {
                        count++;
                        have = have.add(pointsOf(unit));
                    }
                }
                var reasons = new ArrayList<String>();
                if (group.chooseAtLeast() != null && count < group.chooseAtLeast()) {
                    reasons.add("ELECTIVE_GROUP_TOO_FEW:" + group.group() + ":" + count + "/" + group.chooseAtLeast());
                }
                if (group.minimumPoints() != null
                        && have.compareTo(group.minimumPoints().value()) < 0) {
                    reasons.add("ELECTIVE_GROUP_POINTS_SHORT:" + group.group() + ":" + plain(have) + "/"
                            + plain(group.minimumPoints().value()));
                }
                return reasons;
            }
            if (rule instanceof WeightedAverage weighted) {
                var averaged = averaged(weighted);
                if (averaged.isEmpty()) {
                    return List.of("NO_GRADED_UNITS");
                }
                var ungraded = new ArrayList<String>();
                for (var unit : averaged) {
                    if (counted.get(unit.unit()).grade() == null) {
                        ungraded.add("GRADE_MISSING:" + unit.unit().code().value());
                    }
                }
                if (!ungraded.isEmpty()) {
                    Collections.sort(ungraded);
                    return ungraded;
                }
                var average = average(weighted);
                int comparison = average.compareTo(weighted.threshold());
                boolean passes =
                        weighted.comparator() == ThresholdComparator.AT_LEAST ? comparison >= 0 : comparison > 0;
                return passes
                        ? List.of()
                        : List.of("AVERAGE_BELOW_THRESHOLD:" + average.setScale(2, RoundingMode.HALF_UP));
            }
            if (rule instanceof FinalExaminationRequired) {
                return finalExaminationPassed ? List.of() : List.of("FINAL_EXAMINATION_MISSING");
            }
            if (rule instanceof UnitValidityInTime) {
                return List.of();
            }
            throw new AssertionError("no reference for " + rule);
        }

        /** The average by division, or null when there is none (no unit, or a grade missing). */
        BigDecimal average(WeightedAverage rule) {
            var sum = BigDecimal.ZERO;
            var weights = BigDecimal.ZERO;
            var averaged = averaged(rule);
            for (var unit : averaged) {
                var grade = counted.get(unit.unit()).grade();
                if (grade == null) {
                    return null;
                }
                sum = sum.add(grade.multiply(unit.coefficient()));
                weights = weights.add(unit.coefficient());
            }
            return averaged.isEmpty() ? null : sum.divide(weights, 20, RoundingMode.HALF_UP);
        }

        private List<AttachedUnit> averaged(WeightedAverage rule) {
            var averaged = new ArrayList<AttachedUnit>();
            for (var unit : units) {
                boolean roleCounts = unit.role() != UnitRole.OPTIONAL || rule.countOptionalUnits();
                if (counted.containsKey(unit.unit()) && unit.coefficient() != null && roleCounts) {
                    averaged.add(unit);
                }
            }
            return averaged;
        }

        private BigDecimal pointsOf(AttachedUnit unit) {
            var recognition = counted.get(unit.unit());
            if (recognition == null) {
                return BigDecimal.ZERO;
            }
            if (recognition.points() != null) {
                return recognition.points().value();
            }
            return unit.points() == null ? BigDecimal.ZERO : unit.points().value();
        }

        private static String plain(BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
    }

    // --- generators ---

    /** A standard's units, the learner's recognitions (in any order), a final examination and a date. */
    record Case(
            List<AttachedUnit> units,
            List<AchievedUnit> achieved,
            boolean finalExaminationPassed,
            LocalDate evaluatedOn) {

        Eligibility evaluate(List<AwardRule> rules) {
            var standard = new QualificationRules(
                    CreditFramework.ECVET,
                    null,
                    units,
                    new AwardRuleSet(rules),
                    new GradingScale(BigDecimal.ZERO, BigDecimal.valueOf(20)));
            return AwardRuleEvaluation.evaluate(standard, achieved, finalExaminationPassed, evaluatedOn);
        }

        Case with(List<AchievedUnit> otherAchieved) {
            return new Case(units, List.copyOf(otherAchieved), finalExaminationPassed, evaluatedOn);
        }
    }

    private record UnitShape(
            UnitRole role,
            String group,
            CreditPoints points,
            BigDecimal coefficient,
            boolean mobility,
            Period validity) {

        AttachedUnit named(String code) {
            return new AttachedUnit(
                    UnitRef.of(code, 1),
                    role,
                    role == UnitRole.ELECTIVE ? group : null,
                    points,
                    coefficient,
                    mobility,
                    validity);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return attachedUnits()
                .flatMap(units -> Combinators.combine(
                                recognitionsOf(units),
                                foreignRecognitions(),
                                Arbitraries.of(true, false),
                                days(),
                                Arbitraries.randoms())
                        .as((own, foreign, exam, evaluatedOn, random) -> {
                            var achieved = new ArrayList<AchievedUnit>(own);
                            achieved.addAll(foreign);
                            Collections.shuffle(achieved, random);
                            return new Case(units, List.copyOf(achieved), exam, evaluatedOn);
                        }));
    }

    private Arbitrary<List<AttachedUnit>> attachedUnits() {
        var shape = Combinators.combine(
                        Arbitraries.of(UnitRole.class),
                        Arbitraries.of("A", "B", "C"),
                        points(120).injectNull(0.2),
                        Arbitraries.integers()
                                .between(1, 8)
                                .map(halves -> BigDecimal.valueOf(halves * 5L, 1))
                                .injectNull(0.25),
                        Arbitraries.of(true, false),
                        Arbitraries.integers()
                                .between(1, 5)
                                .map(Period::ofYears)
                                .injectNull(0.6))
                .as(UnitShape::new);
        return shape.list()
                .ofMinSize(5)
                .ofMaxSize(15)
                .map(shapes -> IntStream.range(0, shapes.size())
                        .mapToObj(i -> shapes.get(i).named("U" + (i + 1)))
                        .toList());
    }

    /** For each unit: not recognised, recognised once, or recognised twice on different days. */
    private Arbitrary<List<AchievedUnit>> recognitionsOf(List<AttachedUnit> units) {
        List<Arbitrary<List<AchievedUnit>>> perUnit =
                units.stream().map(unit -> recognitionsOf(unit.unit())).toList();
        return Combinators.combine(perUnit)
                .as(lists -> lists.stream().flatMap(List::stream).toList());
    }

    private Arbitrary<List<AchievedUnit>> recognitionsOf(UnitRef unit) {
        var attempts = Arbitraries.integers().between(0, 9).map(n -> n < 3 ? 0 : n < 8 ? 1 : 2);
        return attempts.flatMap(n -> Combinators.combine(
                        Arbitraries.integers().between(0, 4000).set().ofSize(n),
                        grades().injectNull(0.1).list().ofSize(n),
                        points(120).injectNull(0.5).list().ofSize(n))
                .as((days, grades, points) -> {
                    var dayList = new ArrayList<>(days);
                    var recognitions = new ArrayList<AchievedUnit>();
                    for (int i = 0; i < n; i++) {
                        recognitions.add(
                                new AchievedUnit(unit, points.get(i), grades.get(i), EPOCH.plusDays(dayList.get(i))));
                    }
                    return recognitions;
                }));
    }

    /** Recognitions the standard does not attach: another unit, or another version of an attached one. */
    private Arbitrary<List<AchievedUnit>> foreignRecognitions() {
        return Arbitraries.of(UnitRef.of("X1", 1), UnitRef.of("U1", 2), UnitRef.of("U3", 7))
                .list()
                .ofMaxSize(2)
                .map(refs -> refs.stream()
                        .map(ref -> new AchievedUnit(ref, CreditPoints.of(90), BigDecimal.valueOf(20), EPOCH))
                        .toList());
    }

    /** Half points from 0 to {@code max}. */
    private static Arbitrary<CreditPoints> points(int max) {
        return Arbitraries.integers()
                .between(0, max * 2)
                .map(halves -> new CreditPoints(BigDecimal.valueOf(halves * 5L, 1)));
    }

    @Provide
    Arbitrary<BigDecimal> grades() {
        return Arbitraries.integers().between(0, 200).map(tenths -> BigDecimal.valueOf(tenths, 1));
    }

    @Provide
    Arbitrary<LocalDate> recognitionDays() {
        return days();
    }

    private static Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 5000).map(EPOCH::plusDays);
    }

    @Provide
    Arbitrary<MinimumPoints> minimumPoints() {
        return points(400).map(MinimumPoints::new);
    }

    @Provide
    Arbitrary<ElectiveGroup> electiveGroups() {
        return Combinators.combine(
                        Arbitraries.of("A", "B", "C", "D"),
                        Arbitraries.integers().between(1, 4).injectNull(0.3),
                        points(150).injectNull(0.3))
                .as((group, count, points) -> count == null && points == null
                        ? new ElectiveGroup(group, 1, null)
                        : new ElectiveGroup(group, count, points));
    }

    @Provide
    Arbitrary<WeightedAverage> weightedAverages() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 2000).map(hundredths -> BigDecimal.valueOf(hundredths, 2)),
                        Arbitraries.of(ThresholdComparator.class),
                        Arbitraries.of(true, false))
                .as(WeightedAverage::new);
    }

    @Provide
    Arbitrary<List<AwardRule>> ruleSets() {
        return anyRule(true).list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<AwardRule>> ruleSetsWithoutAverage() {
        return anyRule(false).list().ofMaxSize(6);
    }

    private Arbitrary<AwardRule> anyRule(boolean withWeightedAverage) {
        var kinds = new ArrayList<Arbitrary<? extends AwardRule>>(List.of(
                Arbitraries.just(new AllMandatoryUnits()),
                minimumPoints(),
                electiveGroups(),
                Arbitraries.just(new FinalExaminationRequired()),
                Arbitraries.just(new UnitValidityInTime())));
        if (withWeightedAverage) {
            kinds.add(weightedAverages());
        }
        return Arbitraries.oneOf(kinds);
    }
}
