package org.ecvetledger.domain.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecvetledger.domain.qualification.AwardEvaluationFixtures.EVALUATED_ON;
import static org.ecvetledger.domain.qualification.AwardEvaluationFixtures.elective;
import static org.ecvetledger.domain.qualification.AwardEvaluationFixtures.evaluate;
import static org.ecvetledger.domain.qualification.AwardEvaluationFixtures.graded;
import static org.ecvetledger.domain.qualification.AwardEvaluationFixtures.mandatory;
import static org.ecvetledger.domain.qualification.AwardEvaluationFixtures.only;
import static org.ecvetledger.domain.qualification.AwardEvaluationFixtures.optional;
import static org.ecvetledger.domain.qualification.AwardEvaluationFixtures.points;
import static org.ecvetledger.domain.qualification.AwardEvaluationFixtures.recognised;
import static org.ecvetledger.domain.qualification.AwardEvaluationFixtures.ref;
import static org.ecvetledger.domain.qualification.AwardEvaluationFixtures.standard;
import static org.ecvetledger.domain.qualification.AwardEvaluationFixtures.valid;
import static org.ecvetledger.domain.qualification.AwardEvaluationFixtures.weighted;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.ecvetledger.domain.qualification.AwardRule.AllMandatoryUnits;
import org.ecvetledger.domain.qualification.AwardRule.ElectiveGroup;
import org.ecvetledger.domain.qualification.AwardRule.FinalExaminationRequired;
import org.ecvetledger.domain.qualification.AwardRule.MinimumPoints;
import org.ecvetledger.domain.qualification.AwardRule.UnitValidityInTime;
import org.ecvetledger.domain.qualification.AwardRule.WeightedAverage;
import org.ecvetledger.domain.qualification.Eligibility.RuleOutcome;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.Test;

class AwardRuleEvaluationTest {

    private static final BigDecimal TEN = BigDecimal.TEN;

    // --- the rule set as a whole ---

    @Test
    void an_empty_rule_set_never_makes_a_learner_eligible() {
        var eligibility = evaluate(standard(List.of(mandatory("M1", 60))), List.of(recognised("M1")));

        assertThat(eligibility.eligible()).isFalse();
        assertThat(only(eligibility).rule()).isEqualTo("NoAwardRules");
        assertThat(eligibility.reasons()).containsExactly("NO_AWARD_RULES");
    }

    @Test
    void the_trace_names_each_rule_in_the_order_of_the_rule_set() {
        var standard = standard(
                List.of(mandatory("M1", 60)),
                new FinalExaminationRequired(),
                new MinimumPoints(points("60")),
                new UnitValidityInTime(),
                new AllMandatoryUnits(),
                new ElectiveGroup("A", 1, null),
                new WeightedAverage(TEN, ThresholdComparator.AT_LEAST, false));

        var eligibility = evaluate(standard, List.of(recognised("M1")));

        assertThat(eligibility.trace())
                .extracting(RuleOutcome::rule)
                .containsExactly(
                        "FinalExaminationRequired",
                        "MinimumPoints",
                        "UnitValidityInTime",
                        "AllMandatoryUnits",
                        "ElectiveGroup",
                        "WeightedAverage");
        assertThat(eligibility.trace())
                .allSatisfy(o -> assertThat(o.explanation()).isNotBlank().endsWith("."));
    }

    @Test
    void the_learner_is_eligible_only_when_every_rule_is_satisfied() {
        var standard = standard(List.of(mandatory("M1", 60)), new AllMandatoryUnits(), new MinimumPoints(points("60")));

        assertThat(evaluate(standard, List.of(recognised("M1"))).eligible()).isTrue();
        assertThat(AwardRuleEvaluation.evaluate(
                                standard(
                                        List.of(mandatory("M1", 60)),
                                        new AllMandatoryUnits(),
                                        new FinalExaminationRequired()),
                                List.of(recognised("M1")),
                                false,
                                EVALUATED_ON)
                        .eligible())
                .isFalse();
    }

    @Test
    void recognitions_of_units_outside_the_standard_are_ignored_even_another_version_of_an_attached_unit() {
        var standard = standard(List.of(mandatory("M1", 60)), new AllMandatoryUnits(), new MinimumPoints(points("1")));
        var otherVersion = new AchievedUnit(UnitRef.of("M1", 2), CreditPoints.of(60), null, EVALUATED_ON);

        var eligibility = evaluate(standard, List.of(recognised("X9"), otherVersion));

        assertThat(eligibility.reasons()).containsExactly("MISSING_MANDATORY:M1", "POINTS_SHORT:0/1");
    }

    @Test
    void a_unit_recognised_twice_counts_once_with_its_latest_recognition() {
        var standard = standard(
                List.of(weighted("U1", UnitRole.MANDATORY, "1")),
                new MinimumPoints(points("10")),
                new WeightedAverage(TEN, ThresholdComparator.AT_LEAST, false));
        var earlier = new AchievedUnit(ref("U1"), points("30"), new BigDecimal("15"), LocalDate.of(2023, 6, 1));
        var later = new AchievedUnit(ref("U1"), points("6"), new BigDecimal("9"), LocalDate.of(2024, 6, 1));

        for (var achieved : List.of(List.of(earlier, later), List.of(later, earlier))) {
            var eligibility = evaluate(standard, achieved);

            assertThat(eligibility.reasons()).containsExactly("POINTS_SHORT:6/10", "AVERAGE_BELOW_THRESHOLD:9.00");
        }
    }

    @Test
    void two_recognitions_of_a_unit_on_the_same_day_resolve_to_the_better_grade_whatever_their_order() {
        var standard = standard(
                List.of(weighted("U1", UnitRole.MANDATORY, "1")),
                new WeightedAverage(TEN, ThresholdComparator.AT_LEAST, false));
        var weak = graded("U1", "9");
        var strong = graded("U1", "11");

        assertThat(evaluate(standard, List.of(weak, strong))).isEqualTo(evaluate(standard, List.of(strong, weak)));
        assertThat(evaluate(standard, List.of(weak, strong)).eligible()).isTrue();
    }

    @Test
    void evaluation_needs_a_standard_the_achieved_units_and_a_date() {
        var standard = standard(List.of(), new AllMandatoryUnits());

        assertThatThrownBy(() -> AwardRuleEvaluation.evaluate(null, List.of(), false, EVALUATED_ON))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AwardRuleEvaluation.evaluate(standard, null, false, EVALUATED_ON))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AwardRuleEvaluation.evaluate(standard, List.of(), false, null))
                .isInstanceOf(NullPointerException.class);
    }

    // --- AllMandatoryUnits (R12) ---

    @Test
    void every_mandatory_unit_recognised_satisfies_the_mandatory_rule() {
        var standard = standard(
                List.of(mandatory("M1", 30), mandatory("M2", 30), optional("O1", 10)), new AllMandatoryUnits());

        var outcome = only(evaluate(standard, List.of(recognised("M2"), recognised("M1"))));

        assertThat(outcome.satisfied()).isTrue();
        assertThat(outcome.reasons()).isEmpty();
        assertThat(outcome.explanation()).isEqualTo("All mandatory units are recognised.");
    }

    @Test
    void each_missing_mandatory_unit_is_a_reason_sorted_by_code() {
        var standard = standard(
                List.of(mandatory("M3", 20), mandatory("M1", 20), mandatory("M2", 20)), new AllMandatoryUnits());

        var outcome = only(evaluate(standard, List.of(recognised("M2"))));

        assertThat(outcome.satisfied()).isFalse();
        assertThat(outcome.reasons()).containsExactly("MISSING_MANDATORY:M1", "MISSING_MANDATORY:M3");
        assertThat(outcome.explanation()).isEqualTo("Mandatory units M1, M3 are missing.");
    }

    @Test
    void optional_and_elective_units_never_stand_in_for_a_mandatory_unit() {
        var standard = standard(
                List.of(mandatory("M1", 30), optional("UO-MOB", 30), elective("E1", "A", 30)), new AllMandatoryUnits());

        var outcome = only(evaluate(standard, List.of(recognised("UO-MOB"), recognised("E1"))));

        assertThat(outcome.reasons()).containsExactly("MISSING_MANDATORY:M1");
        assertThat(outcome.explanation()).isEqualTo("Mandatory unit M1 is missing.");
    }

    @Test
    void a_standard_without_mandatory_units_satisfies_the_mandatory_rule() {
        var outcome = only(evaluate(standard(List.of(optional("O1", 10)), new AllMandatoryUnits()), List.of()));

        assertThat(outcome.satisfied()).isTrue();
        assertThat(outcome.explanation()).isEqualTo("The qualification standard has no mandatory units.");
    }

    // --- MinimumPoints (R7, R9) ---

    @Test
    void a_recognitions_own_points_count_before_the_points_of_the_unit_in_the_standard() {
        var standard = standard(List.of(mandatory("M1", 10), optional("O1", 10)), new MinimumPoints(points("20")));
        var partlyCredited = new AchievedUnit(ref("M1"), points("7.5"), null, EVALUATED_ON);

        var outcome = only(evaluate(standard, List.of(partlyCredited, recognised("O1"))));

        assertThat(outcome.satisfied()).isFalse();
        assertThat(outcome.reasons()).containsExactly("POINTS_SHORT:17.5/20");
        assertThat(outcome.explanation()).isEqualTo("Points are short (17.5 of 20).");
    }

    @Test
    void a_unit_without_points_anywhere_adds_none() {
        var noPoints = new AttachedUnit(ref("U1"), UnitRole.MANDATORY, null, null, null, false, null);
        var standard = standard(List.of(noPoints, mandatory("M2", 30)), new MinimumPoints(points("30")));

        var outcome = only(evaluate(standard, List.of(recognised("U1"), recognised("M2"))));

        assertThat(outcome.satisfied()).isTrue();
        assertThat(outcome.explanation()).isEqualTo("Points are enough (30 of 30).");
    }

    @Test
    void points_of_every_role_count_towards_the_minimum() {
        var standard = standard(
                List.of(mandatory("M1", 30), elective("E1", "A", 30), optional("O1", 30)),
                new MinimumPoints(points("90")));

        var outcome = only(evaluate(standard, List.of(recognised("M1"), recognised("E1"), recognised("O1"))));

        assertThat(outcome.satisfied()).isTrue();
    }

    @Test
    void no_recognised_unit_is_short_of_any_positive_minimum_and_enough_for_zero() {
        var units = List.of(mandatory("M1", 30));

        assertThat(only(evaluate(standard(units, new MinimumPoints(points("0.5"))), List.of()))
                        .reasons())
                .containsExactly("POINTS_SHORT:0/0.5");
        assertThat(only(evaluate(standard(units, new MinimumPoints(CreditPoints.ZERO)), List.of()))
                        .satisfied())
                .isTrue();
    }

    // --- ElectiveGroup (R12) ---

    @Test
    void an_elective_group_needs_enough_units_of_that_group() {
        var standard = standard(
                List.of(elective("A1", "A", 10), elective("A2", "A", 10), elective("B1", "B", 10)),
                new ElectiveGroup("A", 2, null));

        var outcome = only(evaluate(standard, List.of(recognised("A1"), recognised("B1"))));

        assertThat(outcome.satisfied()).isFalse();
        assertThat(outcome.reasons()).containsExactly("ELECTIVE_GROUP_TOO_FEW:A:1/2");
        assertThat(outcome.explanation()).isEqualTo("Elective group A is incomplete: 1 unit of the 2 required.");
    }

    @Test
    void an_elective_group_needs_enough_points_from_that_group() {
        var standard = standard(
                List.of(elective("A1", "A", 10), elective("A2", "A", 20), elective("B1", "B", 40)),
                new ElectiveGroup("A", null, points("40")));

        var outcome = only(evaluate(standard, List.of(recognised("A1"), recognised("A2"), recognised("B1"))));

        assertThat(outcome.reasons()).containsExactly("ELECTIVE_GROUP_POINTS_SHORT:A:30/40");
    }

    @Test
    void an_elective_group_short_of_units_and_points_gives_both_reasons() {
        var standard = standard(
                List.of(elective("A1", "A", 10), elective("A2", "A", 20), elective("A3", "A", 30)),
                new ElectiveGroup("A", 2, points("40")));

        var outcome = only(evaluate(standard, List.of(recognised("A3"))));

        assertThat(outcome.reasons())
                .containsExactly("ELECTIVE_GROUP_TOO_FEW:A:1/2", "ELECTIVE_GROUP_POINTS_SHORT:A:30/40");
        assertThat(outcome.explanation())
                .isEqualTo(
                        "Elective group A is incomplete: 1 unit of the 2 required and 30 points of the 40 required.");
    }

    @Test
    void an_elective_group_with_enough_units_and_points_is_complete() {
        var standard = standard(
                List.of(elective("A1", "A", 10), elective("A2", "A", 20), elective("A3", "A", 30)),
                new ElectiveGroup("A", 2, points("40")));

        var outcome = only(evaluate(standard, List.of(recognised("A3"), recognised("A1"))));

        assertThat(outcome.satisfied()).isTrue();
        assertThat(outcome.explanation())
                .isEqualTo("Elective group A is complete: 2 units of the 2 required and 40 points of the 40 required.");
    }

    @Test
    void an_empty_elective_group_has_no_units_and_no_points() {
        var standard = standard(List.of(elective("A1", "A", 10)), new ElectiveGroup("Z", 1, points("5")));

        assertThat(only(evaluate(standard, List.of(recognised("A1")))).reasons())
                .containsExactly("ELECTIVE_GROUP_TOO_FEW:Z:0/1", "ELECTIVE_GROUP_POINTS_SHORT:Z:0/5");
    }

    // --- WeightedAverage (R15, R16) ---

    @Test
    void the_average_weighs_each_grade_by_its_coefficient_and_is_shown_with_two_decimals_half_up() {
        var standard = standard(
                List.of(
                        weighted("U1", UnitRole.MANDATORY, "1"),
                        weighted("U2", UnitRole.MANDATORY, "1"),
                        weighted("U3", UnitRole.ELECTIVE, "1")),
                new WeightedAverage(TEN, ThresholdComparator.AT_LEAST, false));

        var outcome = only(evaluate(standard, List.of(graded("U1", "10"), graded("U2", "10"), graded("U3", "9"))));

        assertThat(outcome.satisfied()).isFalse();
        assertThat(outcome.reasons()).containsExactly("AVERAGE_BELOW_THRESHOLD:9.67");
        assertThat(outcome.explanation()).isEqualTo("Weighted average 9.67 is below the required 10 (at least).");
    }

    @Test
    void the_average_is_compared_exactly_even_when_it_has_no_finite_decimal_form() {
        // (9.5 + 10.25 + 10.25) / 3 is exactly 10; thirds of the coefficients would not be exact in decimals
        var units = List.of(
                weighted("U1", UnitRole.MANDATORY, "1.5"),
                weighted("U2", UnitRole.MANDATORY, "1.5"),
                weighted("U3", UnitRole.MANDATORY, "1.5"));
        var achieved = List.of(graded("U1", "9.5"), graded("U2", "10.25"), graded("U3", "10.25"));

        var atLeast = only(
                evaluate(standard(units, new WeightedAverage(TEN, ThresholdComparator.AT_LEAST, false)), achieved));
        var moreThan = only(
                evaluate(standard(units, new WeightedAverage(TEN, ThresholdComparator.MORE_THAN, false)), achieved));

        assertThat(atLeast.satisfied()).isTrue();
        assertThat(atLeast.explanation()).isEqualTo("Weighted average 10.00 meets the required 10 (at least).");
        assertThat(moreThan.satisfied()).isFalse();
        assertThat(moreThan.reasons()).containsExactly("AVERAGE_BELOW_THRESHOLD:10.00");
        assertThat(moreThan.explanation())
                .isEqualTo("Weighted average 10.00 does not exceed the required 10 (more than).");
    }

    @Test
    void units_without_a_coefficient_and_optional_units_are_left_out_of_the_average_by_default() {
        var noCoefficient = new AttachedUnit(ref("U9"), UnitRole.MANDATORY, null, null, null, false, null);
        var units =
                List.of(weighted("U1", UnitRole.MANDATORY, "2"), noCoefficient, weighted("O1", UnitRole.OPTIONAL, "2"));
        var achieved = List.of(graded("U1", "12"), graded("U9", "0"), graded("O1", "0"));

        var byDefault = only(
                evaluate(standard(units, new WeightedAverage(TEN, ThresholdComparator.AT_LEAST, false)), achieved));
        var countingOptional =
                only(evaluate(standard(units, new WeightedAverage(TEN, ThresholdComparator.AT_LEAST, true)), achieved));

        assertThat(byDefault.explanation()).isEqualTo("Weighted average 12.00 meets the required 10 (at least).");
        assertThat(countingOptional.reasons()).containsExactly("AVERAGE_BELOW_THRESHOLD:6.00");
    }

    @Test
    void a_counted_unit_without_a_grade_leaves_the_average_undecided() {
        var units = List.of(
                weighted("U2", UnitRole.MANDATORY, "1"),
                weighted("U1", UnitRole.MANDATORY, "1"),
                weighted("U3", UnitRole.MANDATORY, "1"));
        var achieved = List.of(recognised("U2"), graded("U3", "20"), recognised("U1"));

        var outcome = only(
                evaluate(standard(units, new WeightedAverage(TEN, ThresholdComparator.AT_LEAST, false)), achieved));

        assertThat(outcome.satisfied()).isFalse();
        assertThat(outcome.reasons()).containsExactly("GRADE_MISSING:U1", "GRADE_MISSING:U2");
        assertThat(outcome.explanation()).isEqualTo("The weighted average cannot be computed: U1, U2 have no grade.");
    }

    @Test
    void without_any_counted_unit_there_is_no_average_to_pass() {
        var units = List.of(weighted("U1", UnitRole.MANDATORY, "1"), weighted("O1", UnitRole.OPTIONAL, "1"));

        var outcome = only(evaluate(
                standard(units, new WeightedAverage(BigDecimal.ZERO, ThresholdComparator.AT_LEAST, false)),
                List.of(graded("O1", "20"))));

        assertThat(outcome.satisfied()).isFalse();
        assertThat(outcome.reasons()).containsExactly("NO_GRADED_UNITS");
    }

    @Test
    void no_unit_needs_to_pass_on_its_own() {
        var units = List.of(weighted("U1", UnitRole.MANDATORY, "1"), weighted("U2", UnitRole.MANDATORY, "1"));

        var outcome = only(evaluate(
                standard(units, new WeightedAverage(TEN, ThresholdComparator.AT_LEAST, false)),
                List.of(graded("U1", "0"), graded("U2", "20"))));

        assertThat(outcome.satisfied()).isTrue();
    }

    // --- FinalExaminationRequired (R17) ---

    @Test
    void a_passed_final_examination_satisfies_the_final_examination_rule() {
        var standard = standard(List.of(mandatory("M1", 60)), new FinalExaminationRequired());

        var passed = only(AwardRuleEvaluation.evaluate(standard, List.of(), true, EVALUATED_ON));
        var notPassed = only(AwardRuleEvaluation.evaluate(standard, List.of(), false, EVALUATED_ON));

        assertThat(passed.satisfied()).isTrue();
        assertThat(passed.explanation()).isEqualTo("A passed final examination is recorded.");
        assertThat(notPassed.satisfied()).isFalse();
        assertThat(notPassed.reasons()).containsExactly("FINAL_EXAMINATION_MISSING");
    }

    // --- UnitValidityInTime (R13) ---

    @Test
    void credit_is_valid_up_to_and_including_the_last_day_of_its_validity_period() {
        var firstAid = valid(mandatory("FA1", 10), Period.ofYears(2));
        var standard = standard(List.of(firstAid), new UnitValidityInTime(), new AllMandatoryUnits());
        var recognition = recognised("FA1", LocalDate.of(2023, 9, 1));

        var onTheLastDay =
                AwardRuleEvaluation.evaluate(standard, List.of(recognition), false, LocalDate.of(2025, 9, 1));
        var theDayAfter = AwardRuleEvaluation.evaluate(standard, List.of(recognition), false, LocalDate.of(2025, 9, 2));

        assertThat(onTheLastDay.eligible()).isTrue();
        assertThat(onTheLastDay.trace().get(0).explanation())
                .isEqualTo("No recognised unit is older than its validity period on 2025-09-01.");
        assertThat(theDayAfter.eligible()).isFalse();
        assertThat(theDayAfter.reasons()).containsExactly("MISSING_MANDATORY:FA1");
    }

    @Test
    void expired_credit_counts_for_no_rule_and_the_validity_rule_names_it_without_failing() {
        var units = List.of(
                valid(mandatory("FA1", 10), Period.ofYears(3)),
                valid(elective("E1", "A", 20), Period.of(1, 6, 0)),
                mandatory("M2", 30));
        var standard = standard(
                units,
                new AllMandatoryUnits(),
                new MinimumPoints(points("60")),
                new ElectiveGroup("A", 1, null),
                new UnitValidityInTime());
        var achieved = List.of(
                recognised("FA1", LocalDate.of(2021, 5, 3)),
                recognised("E1", LocalDate.of(2023, 1, 10)),
                recognised("M2", LocalDate.of(2010, 1, 1)));

        var eligibility = evaluate(standard, achieved);

        assertThat(eligibility.eligible()).isFalse();
        assertThat(eligibility.reasons())
                .containsExactly("MISSING_MANDATORY:FA1", "POINTS_SHORT:30/60", "ELECTIVE_GROUP_TOO_FEW:A:0/1");
        var validity = eligibility.trace().get(3);
        assertThat(validity.satisfied()).isTrue();
        assertThat(validity.reasons()).isEmpty();
        assertThat(validity.explanation())
                .isEqualTo("Credit for FA1 (recognised 2021-05-03, valid 3 years), E1 (recognised 2023-01-10, valid 1"
                        + " year 6 months) has expired by 2025-09-01 and does not count.");
    }

    @Test
    void credit_recognised_again_within_its_validity_counts_again() {
        var standard = standard(
                List.of(valid(mandatory("FA1", 10), Period.ofYears(3))),
                new AllMandatoryUnits(),
                new UnitValidityInTime());
        var achieved =
                List.of(recognised("FA1", LocalDate.of(2025, 3, 1)), recognised("FA1", LocalDate.of(2019, 3, 1)));

        assertThat(evaluate(standard, achieved).eligible()).isTrue();
    }

    @Test
    void old_credit_still_counts_when_the_rule_set_does_not_check_validity_in_time() {
        var standard = standard(List.of(valid(mandatory("FA1", 10), Period.ofYears(1))), new AllMandatoryUnits());

        assertThat(evaluate(standard, List.of(recognised("FA1", LocalDate.of(2001, 1, 1))))
                        .eligible())
                .isTrue();
    }

    @Test
    void a_rule_of_each_kind_can_appear_twice_and_each_is_traced() {
        var units = new ArrayList<AttachedUnit>();
        units.add(elective("A1", "A", 10));
        units.add(elective("B1", "B", 10));
        var standard = standard(units, new ElectiveGroup("A", 1, null), new ElectiveGroup("B", 1, null));

        var eligibility = evaluate(standard, List.of(recognised("A1")));

        assertThat(eligibility.trace()).extracting(RuleOutcome::satisfied).containsExactly(true, false);
        assertThat(eligibility.reasons()).containsExactly("ELECTIVE_GROUP_TOO_FEW:B:0/1");
    }
}
