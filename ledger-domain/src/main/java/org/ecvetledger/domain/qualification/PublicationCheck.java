package org.ecvetledger.domain.qualification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.LedgerRuleViolation.Finding;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.domain.unit.UnitCatalogue;

/**
 * The consistency a standard needs before it is published and frozen (issue 3, R6, R9, R12): every
 * finding is collected, so the designer sees all of them at once.
 */
final class PublicationCheck {

    static final String POINTS_INCONSISTENT = "points-inconsistent";
    static final String POINTS_NOT_ALLOWED = "points-not-allowed";
    static final String POINTS_MISSING = "points-missing";
    static final String UNIT_NOT_PUBLISHED = "unit-not-published";
    static final String NO_UNITS = "no-units";
    static final String AWARD_RULES_MISSING = "award-rules-missing";
    static final String RULE_ON_UNKNOWN_GROUP = "rule-on-unknown-group";
    static final String COEFFICIENT_MISSING = "coefficient-missing";
    static final String GRADING_SCALE_MISSING = "grading-scale-missing";
    static final String TRANSITION_UNIT_UNKNOWN = "transition-unit-unknown";

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final List<Finding> findings = new ArrayList<>();

    static List<Finding> check(
            QualificationRef standard,
            QualificationProfile profile,
            List<AttachedUnit> units,
            AwardRuleSet rules,
            List<UnitTransition> transitions,
            List<UnitRef> previousVersionUnits,
            UnitCatalogue catalogue) {
        var check = new PublicationCheck();
        check.units(units, catalogue);
        check.points(profile, units, rules);
        check.rules(profile, units, rules);
        check.transitions(transitions, units, previousVersionUnits, catalogue);
        return check.findings;
    }

    private void units(List<AttachedUnit> units, UnitCatalogue catalogue) {
        if (units.isEmpty()) {
            add(NO_UNITS, "no unit is attached");
        }
        for (var attached : units) {
            var unit = catalogue.find(attached.unit());
            if (unit.isEmpty() || !unit.get().published()) {
                add(UNIT_NOT_PUBLISHED, "unit " + attached.unit() + " is not published");
            }
        }
    }

    /** R6a, R6b and R9. */
    private void points(QualificationProfile profile, List<AttachedUnit> units, AwardRuleSet rules) {
        var framework = profile.framework();
        if (!framework.hasPoints()) {
            if (profile.totalPoints() != null || profile.referenceYears() != null) {
                add(
                        POINTS_NOT_ALLOWED,
                        "a standard without a credit framework carries no total points or reference years");
            }
            units.stream()
                    .filter(u -> u.points() != null)
                    .forEach(u -> add(
                            POINTS_NOT_ALLOWED,
                            "unit " + u.unit() + " carries points in a standard without a credit framework"));
            if (rules.has(AwardRule.MinimumPoints.class)
                    || rules.all(AwardRule.ElectiveGroup.class).stream().anyMatch(g -> g.minimumPoints() != null)) {
                add(POINTS_NOT_ALLOWED, "the award rules ask for points in a standard without a credit framework");
            }
            return;
        }
        var total = profile.totalPoints();
        if (total == null) {
            add(POINTS_MISSING, "a standard in " + framework + " states its total points");
            return;
        }
        if (framework.allocatesSixtyPointsPerYear()) {
            if (profile.referenceYears() == null) {
                add(
                        POINTS_MISSING,
                        framework + " allocates 60 points per year of full-time learning: state the reference years");
            } else if (SIXTY.multiply(profile.referenceYears()).compareTo(total.value()) != 0) {
                add(
                        POINTS_INCONSISTENT,
                        "R6a: " + profile.referenceYears().stripTrailingZeros().toPlainString()
                                + " reference years make " + new CreditPoints(SIXTY.multiply(profile.referenceYears()))
                                + " points, not " + total);
            }
        }
        units.stream()
                .filter(u -> u.points() == null)
                .forEach(u -> add(
                        POINTS_MISSING,
                        "unit " + u.unit() + " has no points in a standard with " + framework + " points"));
        if (units.stream().anyMatch(u -> u.points() == null)) {
            return;
        }
        var mandatory = sum(units.stream()
                .filter(u -> u.role() == UnitRole.MANDATORY)
                .map(AttachedUnit::points)
                .toList());
        var groupMinimums = CreditPoints.ZERO;
        for (var group : rules.all(AwardRule.ElectiveGroup.class)) {
            groupMinimums = groupMinimums.plus(minimumOf(group, units));
        }
        var required = mandatory.plus(groupMinimums);
        var minimumPoints = rules.all(AwardRule.MinimumPoints.class);
        if (mandatory.compareTo(total) > 0) {
            add(
                    POINTS_INCONSISTENT,
                    "R6b: mandatory units carry " + mandatory + " points, more than the total of " + total);
        } else if (minimumPoints.isEmpty() && required.compareTo(total) != 0) {
            add(
                    POINTS_INCONSISTENT,
                    "R6b: mandatory units (" + mandatory + ") and the elective groups' minimum (" + groupMinimums
                            + ") make " + required + " points, not the total of " + total);
        } else if (!minimumPoints.isEmpty()) {
            for (var rule : minimumPoints) {
                if (rule.minimum().compareTo(total) != 0) {
                    add(
                            POINTS_INCONSISTENT,
                            "R6b: the award rules ask for " + rule.minimum() + " points but the standard's total is "
                                    + total);
                }
            }
            var available = sum(units.stream().map(AttachedUnit::points).toList());
            if (required.compareTo(total) > 0) {
                add(
                        POINTS_INCONSISTENT,
                        "R6b: mandatory units and the elective groups' minimum make " + required
                                + " points, more than the total of " + total);
            } else if (available.compareTo(total) < 0) {
                add(
                        POINTS_INCONSISTENT,
                        "R6b: all units together carry " + available + " points, short of the total of " + total);
            }
        }
    }

    /** The fewest points an elective group can contribute while satisfying its rule. */
    private static CreditPoints minimumOf(AwardRule.ElectiveGroup group, List<AttachedUnit> units) {
        if (group.minimumPoints() != null) {
            return group.minimumPoints();
        }
        var smallest = units.stream()
                .filter(u -> group.group().equals(u.electiveGroup()))
                .map(AttachedUnit::points)
                .sorted(Comparator.naturalOrder())
                .limit(group.chooseAtLeast())
                .toList();
        return sum(smallest);
    }

    /** R12: rules speak only of what is attached; a weighted average needs coefficients and a scale. */
    private void rules(QualificationProfile profile, List<AttachedUnit> units, AwardRuleSet rules) {
        if (rules.rules().isEmpty()) {
            add(AWARD_RULES_MISSING, "no award rule set is defined");
            return;
        }
        Set<String> groups = units.stream()
                .map(AttachedUnit::electiveGroup)
                .filter(g -> g != null)
                .collect(Collectors.toSet());
        for (var group : rules.all(AwardRule.ElectiveGroup.class)) {
            var members = units.stream()
                    .filter(u -> group.group().equals(u.electiveGroup()))
                    .count();
            if (!groups.contains(group.group())) {
                add(
                        RULE_ON_UNKNOWN_GROUP,
                        "the award rules name elective group '" + group.group()
                                + "', which no attached unit belongs to");
            } else if (group.chooseAtLeast() != null && group.chooseAtLeast() > members) {
                add(
                        RULE_ON_UNKNOWN_GROUP,
                        "elective group '" + group.group() + "' has " + members + " units; the rules ask for "
                                + group.chooseAtLeast());
            }
        }
        for (var average : rules.all(AwardRule.WeightedAverage.class)) {
            if (profile.gradingScale() == null) {
                add(GRADING_SCALE_MISSING, "a weighted average needs the standard's grading scale");
            } else if (!profile.gradingScale().contains(average.threshold())) {
                add(
                        GRADING_SCALE_MISSING,
                        "the average's threshold " + average.threshold().toPlainString()
                                + " lies outside the grading scale");
            }
            units.stream()
                    .filter(u -> u.role() != UnitRole.OPTIONAL || average.countOptionalUnits())
                    .filter(u -> u.coefficient() == null)
                    .forEach(u -> add(
                            COEFFICIENT_MISSING,
                            "unit " + u.unit() + " counts in the weighted average but has no coefficient"));
        }
    }

    private void transitions(
            List<UnitTransition> transitions,
            List<AttachedUnit> units,
            List<UnitRef> previousUnits,
            UnitCatalogue catalogue) {
        var attached = units.stream().map(AttachedUnit::unit).collect(Collectors.toSet());
        for (var transition : transitions) {
            if (!previousUnits.contains(transition.from())) {
                add(
                        TRANSITION_UNIT_UNKNOWN,
                        "the transition table maps " + transition.from()
                                + ", which the previous version does not have");
            }
            if (!attached.contains(transition.to())) {
                add(
                        TRANSITION_UNIT_UNKNOWN,
                        "the transition table maps to " + transition.to() + ", which this version does not have");
            } else {
                var outcomes = catalogue
                        .find(transition.to())
                        .map(u -> u.learningOutcomeIds())
                        .orElse(List.of());
                transition.coveredOutcomes().stream()
                        .filter(lo -> !outcomes.contains(lo))
                        .forEach(lo -> add(
                                TRANSITION_UNIT_UNKNOWN, "unit " + transition.to() + " has no learning outcome " + lo));
            }
        }
    }

    private static CreditPoints sum(List<CreditPoints> points) {
        return CreditPoints.sum(points);
    }

    private void add(String rule, String message) {
        findings.add(new Finding(rule, message));
    }
}
