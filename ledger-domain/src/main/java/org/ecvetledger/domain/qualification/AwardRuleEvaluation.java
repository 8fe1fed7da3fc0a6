package org.ecvetledger.domain.qualification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ecvetledger.domain.qualification.AwardRule.AllMandatoryUnits;
import org.ecvetledger.domain.qualification.AwardRule.ElectiveGroup;
import org.ecvetledger.domain.qualification.AwardRule.FinalExaminationRequired;
import org.ecvetledger.domain.qualification.AwardRule.MinimumPoints;
import org.ecvetledger.domain.qualification.AwardRule.UnitValidityInTime;
import org.ecvetledger.domain.qualification.AwardRule.WeightedAverage;
import org.ecvetledger.domain.qualification.Eligibility.RuleOutcome;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * Award evaluation: whether a learner's recognised units satisfy a qualification standard's award
 * rule set (R12–R17), with one traced outcome per rule. Pure: the caller passes the date.
 */
public final class AwardRuleEvaluation {

    private static final String NO_AWARD_RULES = "NoAwardRules";

    /**
     * Of two recognitions of the same unit, the later one counts (R14, decision (j)3: {@code LATEST}).
     * On the same date, the better grade and then the higher points win, so the answer never depends
     * on the order the recognitions are listed in.
     */
    private static final Comparator<AchievedUnit> LATER_RECOGNITION = Comparator.comparing(AchievedUnit::recognisedOn)
            .thenComparing(AchievedUnit::grade, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(AchievedUnit::points, Comparator.nullsFirst(Comparator.naturalOrder()));

    private AwardRuleEvaluation() {}

    /**
     * Evaluates every rule of {@code standard}'s award rule set, in the rule set's order. The learner
     * is eligible when every rule is satisfied; an empty rule set is never satisfied (points alone
     * never award a qualification, R12), and yields the single outcome {@code NoAwardRules}.
     *
     * <ul>
     *   <li>Only recognitions of a unit attached to the standard count, matched on the exact unit
     *       version; a unit recognised several times counts once, with its latest recognition.
     *   <li>Validity in time (R13) applies only when the rule set holds {@link UnitValidityInTime}:
     *       credit whose unit has a validity period and whose {@code recognisedOn + validity} falls
     *       before {@code evaluatedOn} has expired and counts for no other rule. The validity rule
     *       itself is always satisfied and only names the expired credit in its explanation; the
     *       rules that needed that credit fail with their own reasons (e.g. a missing mandatory unit).
     *   <li>A recognition's points are its own, else the attached unit's, else none (R9).
     *   <li>The weighted average (R15) is compared without division, Σ(grade × coefficient) against
     *       threshold × Σ coefficient, so a boundary such as exactly 10.0 is decided exactly
     *       (decision (j)1); the two-decimal average in reasons and explanations is for people only.
     * </ul>
     *
     * @param achieved               the learner's recognised units, in any order
     * @param finalExaminationPassed whether a passed final examination is recorded (R17)
     * @param evaluatedOn            the date at which the validity of credit is judged (R13)
     */
    public static Eligibility evaluate(
            QualificationRules standard,
            List<AchievedUnit> achieved,
            boolean finalExaminationPassed,
            LocalDate evaluatedOn) {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(achieved, "achieved units");
        Objects.requireNonNull(evaluatedOn, "evaluation date");
        var rules = standard.awardRules().rules();
        if (rules.isEmpty()) {
            return new Eligibility(
                    false,
                    List.of(new RuleOutcome(
                            NO_AWARD_RULES,
                            false,
                            List.of("NO_AWARD_RULES"),
                            "The qualification standard has no award rules, so no learner can be found eligible.")));
        }

        var held = heldCredit(standard, achieved);
        boolean validityApplies = standard.awardRules().has(UnitValidityInTime.class);
        var expired = new ArrayList<Credit>();
        var counted = new ArrayList<Credit>();
        for (var credit : held) {
            if (validityApplies && credit.hasExpiredBy(evaluatedOn)) {
                expired.add(credit);
            } else {
                counted.add(credit);
            }
        }

        var evaluation = new Evaluation(standard, counted, expired, finalExaminationPassed, evaluatedOn);
        var trace = rules.stream().map(evaluation::outcome).toList();
        return new Eligibility(trace.stream().allMatch(RuleOutcome::satisfied), trace);
    }

    /** The learner's credit for the standard's units, one per unit, in the standard's order. */
    private static List<Credit> heldCredit(QualificationRules standard, List<AchievedUnit> achieved) {
        var attached = new LinkedHashMap<UnitRef, AttachedUnit>();
        standard.units().forEach(unit -> attached.putIfAbsent(unit.unit(), unit));

        Map<UnitRef, AchievedUnit> latest = new LinkedHashMap<>();
        for (var recognition : achieved) {
            Objects.requireNonNull(recognition, "achieved unit");
            if (attached.containsKey(recognition.unit())) {
                latest.merge(
                        recognition.unit(),
                        recognition,
                        (kept, other) -> LATER_RECOGNITION.compare(other, kept) > 0 ? other : kept);
            }
        }
        var held = new ArrayList<Credit>();
        attached.forEach((ref, unit) -> {
            var recognition = latest.get(ref);
            if (recognition != null) {
                held.add(new Credit(unit, recognition));
            }
        });
        return held;
    }

    /** A recognised unit paired with how it belongs to the standard. */
    private record Credit(AttachedUnit attached, AchievedUnit recognition) {

        String code() {
            return attached.unit().code().value();
        }

        CreditPoints points() {
            if (recognition.points() != null) {
                return recognition.points();
            }
            return attached.points() != null ? attached.points() : CreditPoints.ZERO;
        }

        boolean hasExpiredBy(LocalDate date) {
            return attached.validity() != null
                    && recognition.recognisedOn().plus(attached.validity()).isBefore(date);
        }
    }

    /** One evaluation's inputs, shared by the rules. */
    private record Evaluation(
            QualificationRules standard,
            List<Credit> counted,
            List<Credit> expired,
            boolean finalExaminationPassed,
            LocalDate evaluatedOn) {

        RuleOutcome outcome(AwardRule rule) {
            if (rule instanceof AllMandatoryUnits) {
                return allMandatoryUnits(rule);
            }
            if (rule instanceof MinimumPoints minimumPoints) {
                return minimumPoints(minimumPoints);
            }
            if (rule instanceof ElectiveGroup electiveGroup) {
                return electiveGroup(electiveGroup);
            }
            if (rule instanceof WeightedAverage weightedAverage) {
                return weightedAverage(weightedAverage);
            }
            if (rule instanceof FinalExaminationRequired) {
                return finalExamination(rule);
            }
            if (rule instanceof UnitValidityInTime) {
                return validityInTime(rule);
            }
            if (rule instanceof AwardRule.TrainingDurationReduction reduction) {
                return satisfied(
                        rule,
                        "Not a condition of the award: recognised prior credit may shorten the training by up to "
                                + reduction.monthsPerUnit() + " months per unit, " + reduction.maximumMonths()
                                + " in all, as the competent body decides.");
            }
            // AwardRule is sealed: every permitted kind is handled above.
            throw new AssertionError("unhandled award rule " + rule);
        }

        private RuleOutcome allMandatoryUnits(AwardRule rule) {
            var mandatory = standard.unitsWithRole(UnitRole.MANDATORY);
            var held = counted.stream().map(c -> c.attached().unit()).collect(Collectors.toSet());
            SortedSet<String> missing = new TreeSet<>();
            mandatory.stream()
                    .filter(unit -> !held.contains(unit.unit()))
                    .forEach(unit -> missing.add(unit.unit().code().value()));
            if (missing.isEmpty()) {
                return satisfied(
                        rule,
                        mandatory.isEmpty()
                                ? "The qualification standard has no mandatory units."
                                : "All mandatory units are recognised.");
            }
            var reasons =
                    missing.stream().map(code -> "MISSING_MANDATORY:" + code).toList();
            var explanation = missing.size() == 1
                    ? "Mandatory unit " + missing.first() + " is missing."
                    : "Mandatory units " + String.join(", ", missing) + " are missing.";
            return failed(rule, reasons, explanation);
        }

        private RuleOutcome minimumPoints(MinimumPoints rule) {
            var have = CreditPoints.sum(counted.stream().map(Credit::points).toList());
            var need = rule.minimum();
            if (have.isAtLeast(need)) {
                return satisfied(rule, "Points are enough (" + have + " of " + need + ").");
            }
            return failed(
                    rule,
                    List.of("POINTS_SHORT:" + have + "/" + need),
                    "Points are short (" + have + " of " + need + ").");
        }

        private RuleOutcome electiveGroup(ElectiveGroup rule) {
            var chosen = counted.stream()
                    .filter(c -> rule.group().equals(c.attached().electiveGroup()))
                    .toList();
            int units = chosen.size();
            var points = CreditPoints.sum(chosen.stream().map(Credit::points).toList());

            var reasons = new ArrayList<String>();
            var facts = new ArrayList<String>();
            if (rule.chooseAtLeast() != null) {
                int need = rule.chooseAtLeast();
                if (units < need) {
                    reasons.add("ELECTIVE_GROUP_TOO_FEW:" + rule.group() + ":" + units + "/" + need);
                }
                facts.add(units + (units == 1 ? " unit" : " units") + " of the " + need + " required");
            }
            if (rule.minimumPoints() != null) {
                var need = rule.minimumPoints();
                if (!points.isAtLeast(need)) {
                    reasons.add("ELECTIVE_GROUP_POINTS_SHORT:" + rule.group() + ":" + points + "/" + need);
                }
                facts.add(points + " points of the " + need + " required");
            }
            var explanation = "Elective group " + rule.group() + " is "
                    + (reasons.isEmpty() ? "complete" : "incomplete") + ": " + String.join(" and ", facts) + ".";
            return reasons.isEmpty() ? satisfied(rule, explanation) : failed(rule, reasons, explanation);
        }

        private RuleOutcome weightedAverage(WeightedAverage rule) {
            var graded = counted.stream()
                    .filter(c -> c.attached().coefficient() != null)
                    .filter(c -> c.attached().role() != UnitRole.OPTIONAL || rule.countOptionalUnits())
                    .toList();
            var threshold = rule.threshold().toPlainString();
            if (graded.isEmpty()) {
                return failed(
                        rule,
                        List.of("NO_GRADED_UNITS"),
                        "No recognised unit with a coefficient counts towards the weighted average, so it cannot"
                                + " reach the required " + threshold + ".");
            }
            SortedSet<String> ungraded = new TreeSet<>();
            graded.stream().filter(c -> c.recognition().grade() == null).forEach(c -> ungraded.add(c.code()));
            if (!ungraded.isEmpty()) {
                return failed(
                        rule,
                        ungraded.stream().map(code -> "GRADE_MISSING:" + code).toList(),
                        "The weighted average cannot be computed: " + String.join(", ", ungraded)
                                + (ungraded.size() == 1 ? " has" : " have") + " no grade.");
            }

            var weightedGrades = BigDecimal.ZERO;
            var coefficients = BigDecimal.ZERO;
            for (var credit : graded) {
                var coefficient = credit.attached().coefficient();
                weightedGrades = weightedGrades.add(credit.recognition().grade().multiply(coefficient));
                coefficients = coefficients.add(coefficient);
            }
            int comparison = weightedGrades.compareTo(rule.threshold().multiply(coefficients));
            boolean passes = rule.comparator() == ThresholdComparator.AT_LEAST ? comparison >= 0 : comparison > 0;
            var average = weightedGrades.divide(coefficients, 2, RoundingMode.HALF_UP);
            var required = "the required " + threshold + " ("
                    + (rule.comparator() == ThresholdComparator.AT_LEAST ? "at least" : "more than") + ")";
            if (passes) {
                return satisfied(rule, "Weighted average " + average + " meets " + required + ".");
            }
            return failed(
                    rule,
                    List.of("AVERAGE_BELOW_THRESHOLD:" + average),
                    "Weighted average " + average + (comparison < 0 ? " is below " : " does not exceed ") + required
                            + ".");
        }

        private RuleOutcome finalExamination(AwardRule rule) {
            if (finalExaminationPassed) {
                return satisfied(rule, "A passed final examination is recorded.");
            }
            return failed(
                    rule,
                    List.of("FINAL_EXAMINATION_MISSING"),
                    "A passed final examination is required and none is recorded.");
        }

        private RuleOutcome validityInTime(AwardRule rule) {
            if (expired.isEmpty()) {
                return satisfied(rule, "No recognised unit is older than its validity period on " + evaluatedOn + ".");
            }
            var units = expired.stream()
                    .map(c -> c.code() + " (recognised " + c.recognition().recognisedOn() + ", valid "
                            + describe(c.attached().validity()) + ")")
                    .collect(Collectors.joining(", "));
            return satisfied(rule, "Credit for " + units + " has expired by " + evaluatedOn + " and does not count.");
        }

        private static RuleOutcome satisfied(AwardRule rule, String explanation) {
            return new RuleOutcome(rule.getClass().getSimpleName(), true, List.of(), explanation);
        }

        private static RuleOutcome failed(AwardRule rule, List<String> reasons, String explanation) {
            return new RuleOutcome(rule.getClass().getSimpleName(), false, reasons, explanation);
        }

        private static String describe(Period validity) {
            var parts = new ArrayList<String>();
            addPart(parts, validity.getYears(), "year");
            addPart(parts, validity.getMonths(), "month");
            addPart(parts, validity.getDays(), "day");
            return String.join(" ", parts);
        }

        private static void addPart(List<String> parts, int amount, String unit) {
            if (amount != 0) {
                parts.add(amount + " " + unit + (Math.abs(amount) == 1 ? "" : "s"));
            }
        }
    }
}
