package org.ecvetledger.domain.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.junit.jupiter.api.Test;

/**
 * Property tests of award evaluation: on random standards of 5 to 15 units and random recognitions of
 * some of them, graded on 0–20, {@link AwardRuleEvaluation} must agree with a plain re-statement of
 * R12–R17 ({@link Reference}), written apart from it, and keep a few invariants.
 *
 * <p>Plain JUnit with a seeded {@link Random}: each property checks {@value #CASES} cases, case
 * {@code i} generated from {@code new Random(baseSeed + i)}, so every run checks the same cases. The
 * base seed is {@value #DEFAULT_BASE_SEED}; {@code -Dproperties.seed=<n>} explores other inputs. A
 * failure names the seed and the generated case: rerunning with {@code -Dproperties.seed=<that seed>}
 * makes it the first case checked. A case a property does not apply to is skipped, and a property
 * fails when more than half of its cases are skipped, so that it cannot pass without checking much.
 */
class AwardRuleEvaluationPropertiesTest {

    private static final LocalDate EPOCH = LocalDate.of(2015, 1, 1);

    private static final int CASES = 1_000;
    private static final long DEFAULT_BASE_SEED = 20_251_127L;
    private static final long BASE_SEED = Long.getLong("properties.seed", DEFAULT_BASE_SEED);

    // --- each rule kind against the reference ---

    @Test
    void mandatory_completeness_agrees_with_a_plain_check() {
        var outcomes = new HashSet<Boolean>();
        forAll(
                random -> new RuleCase<>(cases(random), new AllMandatoryUnits(), random.nextBoolean()),
                generated -> outcomes.add(assertAgreesWithReference(generated)));
        assertThat(outcomes)
                .as("rule satisfied in some cases and not in others")
                .containsOnly(true, false);
    }

    @Test
    void minimum_points_agree_with_a_plain_sum() {
        var outcomes = new HashSet<Boolean>();
        forAll(
                random -> new RuleCase<>(cases(random), minimumPoints(random), random.nextBoolean()),
                generated -> outcomes.add(assertAgreesWithReference(generated)));
        assertThat(outcomes)
                .as("rule satisfied in some cases and not in others")
                .containsOnly(true, false);
    }

    @Test
    void elective_group_counts_and_points_agree_with_a_plain_tally() {
        var outcomes = new HashSet<Boolean>();
        forAll(
                random -> new RuleCase<>(cases(random), electiveGroups(random), random.nextBoolean()),
                generated -> outcomes.add(assertAgreesWithReference(generated)));
        assertThat(outcomes)
                .as("rule satisfied in some cases and not in others")
                .containsOnly(true, false);
    }

    @Test
    void weighted_average_agrees_with_a_division_at_high_scale() {
        var outcomes = new HashSet<Boolean>();
        var atTheExactAverage = new AtomicInteger();
        forAll(
                random -> new AverageCase(
                        cases(random), weightedAverages(random), random.nextBoolean(), random.nextBoolean()),
                generated -> {
                    var c = generated.c();
                    var rule = generated.rule();
                    var exactAverage = new Reference(c, generated.validityInTime()).average(rule);
                    if (generated.thresholdAtTheAverage()
                            && exactAverage != null
                            && exactAverage.stripTrailingZeros().scale() <= 2) {
                        // the boundary itself: AT_LEAST passes and MORE_THAN fails (decision (j)1)
                        rule = new WeightedAverage(exactAverage, rule.comparator(), rule.countOptionalUnits());
                        atTheExactAverage.incrementAndGet();
                    }
                    outcomes.add(assertAgreesWithReference(new RuleCase<>(c, rule, generated.validityInTime())));
                });
        assertThat(outcomes)
                .as("rule satisfied in some cases and not in others")
                .containsOnly(true, false);
        assertThat(atTheExactAverage)
                .as("cases with the threshold at the exact average")
                .hasPositiveValue();
    }

    @Test
    void the_final_examination_rule_follows_the_recorded_examination_alone() {
        forAll(AwardRuleEvaluationPropertiesTest::cases, c -> {
            var outcome =
                    c.evaluate(List.of(new FinalExaminationRequired())).trace().get(0);

            assertThat(outcome.satisfied()).isEqualTo(c.finalExaminationPassed());
            assertThat(outcome.reasons())
                    .isEqualTo(c.finalExaminationPassed() ? List.of() : List.of("FINAL_EXAMINATION_MISSING"));
        });
    }

    @Test
    void eligibility_is_every_rule_of_the_set_traced_in_order_and_all_satisfied() {
        var eligibilities = new HashSet<Boolean>();
        forAll(random -> new RuleSetCase(cases(random), ruleSets(random)), generated -> {
            var c = generated.c();
            var rules = generated.rules();
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
            eligibilities.add(eligibility.eligible());
        });
        assertThat(eligibilities).as("eligible in some cases and not in others").containsOnly(true, false);
    }

    // --- invariants ---

    @Test
    void without_a_weighted_average_one_more_recognised_unit_never_takes_eligibility_away() {
        var eligibleBefore = new HashSet<Boolean>();
        forAll(
                random -> new OneMoreRecognition(
                        cases(random),
                        ruleSetsWithoutAverage(random),
                        between(random, 0, 14),
                        recognitionDays(random),
                        grades(random)),
                generated -> {
                    var c = generated.c();
                    var rules = generated.rules();
                    var held = c.achieved().stream().map(AchievedUnit::unit).toList();
                    var notYetHeld = c.units().stream()
                            .map(AttachedUnit::unit)
                            .filter(unit -> !held.contains(unit))
                            .toList();
                    skipUnless(!notYetHeld.isEmpty());
                    var newUnit = notYetHeld.get(generated.pick() % notYetHeld.size());
                    var more = new ArrayList<>(c.achieved());
                    more.add(new AchievedUnit(newUnit, null, generated.grade(), generated.recognisedOn()));

                    var before = c.evaluate(rules);
                    var after = c.with(more).evaluate(rules);

                    if (before.eligible()) {
                        assertThat(after.eligible()).isTrue();
                    }
                    eligibleBefore.add(before.eligible());
                });
        assertThat(eligibleBefore)
                .as("eligible before in some cases and not in others")
                .containsOnly(true, false);
    }

    @Test
    void the_order_of_the_recognitions_does_not_change_the_result() {
        forAll(
                random -> new ShuffledRecognitions(cases(random), ruleSets(random), grades(random), random.nextLong()),
                generated -> {
                    var c = generated.c();
                    var rules = generated.rules();
                    var random = new Random(generated.shuffleSeed());
                    var achieved = new ArrayList<>(c.achieved());
                    if (!achieved.isEmpty()) {
                        // a second recognition of a unit on the same day: the tie must not be settled by list order
                        var twinOf = achieved.get(random.nextInt(achieved.size()));
                        achieved.add(new AchievedUnit(
                                twinOf.unit(), CreditPoints.of(7), generated.twinGrade(), twinOf.recognisedOn()));
                    }
                    var shuffled = new ArrayList<>(achieved);
                    Collections.shuffle(shuffled, random);

                    assertThat(c.with(shuffled).evaluate(rules))
                            .isEqualTo(c.with(achieved).evaluate(rules));
                });
    }

    /** Checks one rule alone (or with validity in time) against the reference; returns whether it is satisfied. */
    private static boolean assertAgreesWithReference(RuleCase<? extends AwardRule> generated) {
        var c = generated.c();
        var rule = generated.rule();
        boolean validityInTime = generated.validityInTime();
        var rules = validityInTime ? List.of(rule, new UnitValidityInTime()) : List.<AwardRule>of(rule);
        var eligibility = c.evaluate(rules);
        var expected = new Reference(c, validityInTime).reasons(rule);

        RuleOutcome outcome = eligibility.trace().get(0);
        assertThat(outcome.reasons()).isEqualTo(expected);
        assertThat(outcome.satisfied()).isEqualTo(expected.isEmpty());
        assertThat(eligibility.eligible()).isEqualTo(expected.isEmpty());
        return expected.isEmpty();
    }

    // --- running a property ---

    /**
     * Checks {@code property} on {@value #CASES} cases, case {@code i} generated from the seed {@code
     * BASE_SEED + i}. A failure names the seed and the case; skipped cases are counted, and more than
     * half of them fails the property.
     */
    private static <T> void forAll(Function<Random, T> generator, Consumer<T> property) {
        int skipped = 0;
        for (int i = 0; i < CASES; i++) {
            long seed = BASE_SEED + i;
            T generated = null;
            try {
                generated = generator.apply(new Random(seed));
                property.accept(generated);
            } catch (CaseSkipped skip) {
                skipped++;
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError(
                        "Property falsified by case " + (i + 1) + " of " + CASES + ", seed " + seed
                                + " (rerun with -Dproperties.seed=" + seed + " to check it first)"
                                + "\ncase: " + (generated == null ? "(failed while generating it)" : generated)
                                + "\n" + failure,
                        failure);
            }
        }
        assertThat(skipped)
                .as("cases skipped of %d (base seed %d): a property must check most of its cases", CASES, BASE_SEED)
                .isLessThanOrEqualTo(CASES / 2);
    }

    /** Skips the current case, which the property does not apply to. */
    private static void skipUnless(boolean applies) {
        if (!applies) {
            throw new CaseSkipped();
        }
    }

    private static final class CaseSkipped extends RuntimeException {

        CaseSkipped() {
            super(null, null, false, false);
        }
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

    // --- generated cases ---

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

    private record RuleCase<R extends AwardRule>(Case c, R rule, boolean validityInTime) {}

    private record AverageCase(Case c, WeightedAverage rule, boolean thresholdAtTheAverage, boolean validityInTime) {}

    private record RuleSetCase(Case c, List<AwardRule> rules) {}

    private record OneMoreRecognition(
            Case c, List<AwardRule> rules, int pick, LocalDate recognisedOn, BigDecimal grade) {}

    private record ShuffledRecognitions(Case c, List<AwardRule> rules, BigDecimal twinGrade, long shuffleSeed) {}

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

    // --- generators ---

    static Case cases(Random random) {
        var units = attachedUnits(random);
        var achieved = new ArrayList<AchievedUnit>(recognitionsOf(units, random));
        achieved.addAll(foreignRecognitions(random));
        Collections.shuffle(achieved, random);
        return new Case(units, List.copyOf(achieved), random.nextBoolean(), days(random));
    }

    /** 5 to 15 units, coded U1, U2, …, of any role, with or without points, coefficient and validity. */
    private static List<AttachedUnit> attachedUnits(Random random) {
        int size = between(random, 5, 15);
        var units = new ArrayList<AttachedUnit>();
        for (int i = 1; i <= size; i++) {
            var shape = new UnitShape(
                    oneOf(random, List.of(UnitRole.values())),
                    oneOf(random, List.of("A", "B", "C")),
                    orNull(random, 0.2, () -> points(random, 120)),
                    orNull(random, 0.25, () -> BigDecimal.valueOf(between(random, 1, 8) * 5L, 1)),
                    random.nextBoolean(),
                    orNull(random, 0.6, () -> Period.ofYears(between(random, 1, 5))));
            units.add(shape.named("U" + i));
        }
        return List.copyOf(units);
    }

    /** For each unit: not recognised, recognised once, or recognised twice on different days. */
    private static List<AchievedUnit> recognitionsOf(List<AttachedUnit> units, Random random) {
        var recognitions = new ArrayList<AchievedUnit>();
        for (var unit : units) {
            int attempts = between(random, 0, 9);
            int n = attempts < 3 ? 0 : attempts < 8 ? 1 : 2;
            Set<Integer> days = new LinkedHashSet<>();
            while (days.size() < n) {
                days.add(between(random, 0, 4000));
            }
            for (int day : days) {
                var grade = orNull(random, 0.1, () -> grades(random));
                var points = orNull(random, 0.5, () -> points(random, 120));
                recognitions.add(new AchievedUnit(unit.unit(), points, grade, EPOCH.plusDays(day)));
            }
        }
        return recognitions;
    }

    /** Recognitions the standard does not attach: another unit, or another version of an attached one. */
    private static List<AchievedUnit> foreignRecognitions(Random random) {
        var refs = List.of(UnitRef.of("X1", 1), UnitRef.of("U1", 2), UnitRef.of("U3", 7));
        int size = between(random, 0, 2);
        var recognitions = new ArrayList<AchievedUnit>();
        for (int i = 0; i < size; i++) {
            recognitions.add(new AchievedUnit(oneOf(random, refs), CreditPoints.of(90), BigDecimal.valueOf(20), EPOCH));
        }
        return recognitions;
    }

    /** Half points from 0 to {@code max}. */
    private static CreditPoints points(Random random, int max) {
        return new CreditPoints(BigDecimal.valueOf(between(random, 0, max * 2) * 5L, 1));
    }

    /** 0.0 to 20.0, with one decimal. */
    static BigDecimal grades(Random random) {
        return BigDecimal.valueOf(between(random, 0, 200), 1);
    }

    static LocalDate recognitionDays(Random random) {
        return days(random);
    }

    private static LocalDate days(Random random) {
        return EPOCH.plusDays(between(random, 0, 5000));
    }

    static MinimumPoints minimumPoints(Random random) {
        return new MinimumPoints(points(random, 400));
    }

    static ElectiveGroup electiveGroups(Random random) {
        var group = oneOf(random, List.of("A", "B", "C", "D"));
        var count = orNull(random, 0.3, () -> between(random, 1, 4));
        var points = orNull(random, 0.3, () -> points(random, 150));
        return count == null && points == null
                ? new ElectiveGroup(group, 1, null)
                : new ElectiveGroup(group, count, points);
    }

    /** A threshold from 0.00 to 20.00, either comparator, optional units counted or not. */
    static WeightedAverage weightedAverages(Random random) {
        return new WeightedAverage(
                BigDecimal.valueOf(between(random, 0, 2000), 2),
                oneOf(random, List.of(ThresholdComparator.values())),
                random.nextBoolean());
    }

    /** 0 to 6 rules of any kind, repeats allowed. */
    static List<AwardRule> ruleSets(Random random) {
        return rules(random, true);
    }

    static List<AwardRule> ruleSetsWithoutAverage(Random random) {
        return rules(random, false);
    }

    private static List<AwardRule> rules(Random random, boolean withWeightedAverage) {
        int size = between(random, 0, 6);
        var rules = new ArrayList<AwardRule>();
        for (int i = 0; i < size; i++) {
            rules.add(anyRule(random, withWeightedAverage));
        }
        return List.copyOf(rules);
    }

    private static AwardRule anyRule(Random random, boolean withWeightedAverage) {
        return switch (random.nextInt(withWeightedAverage ? 6 : 5)) {
            case 0 -> new AllMandatoryUnits();
            case 1 -> minimumPoints(random);
            case 2 -> electiveGroups(random);
            case 3 -> new FinalExaminationRequired();
            case 4 -> new UnitValidityInTime();
            default -> weightedAverages(random);
        };
    }

    /** An int from {@code min} to {@code max}, both included. */
    private static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private static <T> T oneOf(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Null with the given probability, else a value from {@code value}. */
    private static <T> T orNull(Random random, double probability, Supplier<T> value) {
        return random.nextDouble() < probability ? null : value.get();
    }
}
