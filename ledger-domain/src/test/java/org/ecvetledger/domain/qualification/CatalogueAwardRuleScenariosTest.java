package org.ecvetledger.domain.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.domain.qualification.AwardEvaluationFixtures.ZERO_TO_TWENTY;
import static org.ecvetledger.domain.qualification.AwardEvaluationFixtures.elective;
import static org.ecvetledger.domain.qualification.AwardEvaluationFixtures.mandatory;
import static org.ecvetledger.domain.qualification.AwardEvaluationFixtures.points;
import static org.ecvetledger.domain.qualification.AwardEvaluationFixtures.recognised;
import static org.ecvetledger.domain.qualification.AwardEvaluationFixtures.ref;
import static org.ecvetledger.domain.qualification.AwardEvaluationFixtures.valid;

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
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.junit.jupiter.api.Test;

/** Acceptance scenarios S17–S20 of SCENARIOS.md and rules R13, R17 of DOMAIN.md, on award evaluation. */
class CatalogueAwardRuleScenariosTest {

    // --- S17, S18: Malta, MQF level 4, ECVET points ---

    private static final int REFERENCE_YEARS = 2;

    /** 120 ECVET points (2 reference years × 60, R6a): a mandatory 20-point course and 100 points of electives. */
    private static QualificationRules maltaMqf4ShortCourses() {
        var total = CreditPoints.of(60L * REFERENCE_YEARS);
        return new QualificationRules(
                CreditFramework.ECVET,
                total,
                List.of(
                        mandatory("MT-IVET-101", 20),
                        elective("MT-CPD-201", "CPD", 40),
                        elective("MT-CPD-301", "CPD", 60)),
                new AwardRuleSet(List.of(
                        new AllMandatoryUnits(),
                        new ElectiveGroup("CPD", null, points("100")),
                        new MinimumPoints(total))),
                null);
    }

    @Test
    void S17_points_accumulate_across_short_courses_to_the_award() {
        var standard = maltaMqf4ShortCourses();
        assertThat(standard.framework().allocatesSixtyPointsPerYear()).isTrue();
        assertThat(standard.totalPoints()).isEqualTo(CreditPoints.of(120));

        var held = new ArrayList<AchievedUnit>();
        held.add(new AchievedUnit(ref("MT-IVET-101"), points("20"), null, LocalDate.of(2022, 6, 30)));
        var after2022 = AwardRuleEvaluation.evaluate(standard, held, false, LocalDate.of(2022, 7, 1));

        held.add(new AchievedUnit(ref("MT-CPD-201"), points("40"), null, LocalDate.of(2023, 11, 15)));
        var after2023 = AwardRuleEvaluation.evaluate(standard, held, false, LocalDate.of(2023, 11, 16));

        held.add(new AchievedUnit(ref("MT-CPD-301"), points("60"), null, LocalDate.of(2025, 5, 20)));
        var after2025 = AwardRuleEvaluation.evaluate(standard, held, false, LocalDate.of(2025, 5, 21));

        assertThat(after2022.eligible()).isFalse();
        assertThat(after2022.reasons()).containsExactly("ELECTIVE_GROUP_POINTS_SHORT:CPD:0/100", "POINTS_SHORT:20/120");
        assertThat(after2023.eligible()).isFalse();
        assertThat(after2023.reasons())
                .containsExactly("ELECTIVE_GROUP_POINTS_SHORT:CPD:40/100", "POINTS_SHORT:60/120");
        assertThat(after2025.eligible()).isTrue();
        assertThat(after2025.reasons()).isEmpty();
        assertThat(after2025.trace().get(2).explanation()).isEqualTo("Points are enough (120 of 120).");
    }

    @Test
    void S18_enough_points_but_a_missing_mandatory_unit_is_not_eligible() {
        var total = CreditPoints.of(120);
        var standard = new QualificationRules(
                CreditFramework.ECVET,
                total,
                List.of(
                        mandatory("M1", 30),
                        elective("E1", "OPT", 40),
                        elective("E2", "OPT", 40),
                        elective("E3", "OPT", 50),
                        elective("E4", "OPT", 30)),
                new AwardRuleSet(List.of(
                        new AllMandatoryUnits(),
                        new ElectiveGroup("OPT", null, points("90")),
                        new MinimumPoints(total))),
                null);

        var eligibility = AwardRuleEvaluation.evaluate(
                standard,
                List.of(recognised("E1"), recognised("E2"), recognised("E3")),
                false,
                LocalDate.of(2025, 9, 1));

        assertThat(eligibility.eligible()).isFalse();
        assertThat(eligibility.reasons()).containsExactly("MISSING_MANDATORY:M1");
        assertThat(eligibility.trace())
                .filteredOn(o -> o.rule().equals("MinimumPoints"))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.satisfied()).isTrue();
                    assertThat(o.explanation()).isEqualTo("Points are enough (130 of 120).");
                });
        assertThat(eligibility.trace().get(0).explanation()).isEqualTo("Mandatory unit M1 is missing.");
    }

    // --- S19, S20: France, BAC PRO, coefficients and grades on 0–20, no points (R9) ---

    private static final String[] BAC_PRO_UNITS = {"U1", "U2", "U3", "U4", "U5"};
    private static final String[] BAC_PRO_COEFFICIENTS = {"4", "2", "2", "1", "1"};

    private static AttachedUnit bacProUnit(String code, String coefficient) {
        return new AttachedUnit(ref(code), UnitRole.MANDATORY, null, null, new BigDecimal(coefficient), false, null);
    }

    /** Multicultural competence acquired through mobility: optional, coefficient 1 ([SEED F39]). */
    private static final AttachedUnit UO_MOB =
            new AttachedUnit(ref("UO-MOB"), UnitRole.OPTIONAL, null, null, BigDecimal.ONE, true, null);

    private static QualificationRules bacPro(ThresholdComparator comparator, boolean countOptionalUnits) {
        var units = new ArrayList<AttachedUnit>();
        for (int i = 0; i < BAC_PRO_UNITS.length; i++) {
            units.add(bacProUnit(BAC_PRO_UNITS[i], BAC_PRO_COEFFICIENTS[i]));
        }
        units.add(UO_MOB);
        return new QualificationRules(
                CreditFramework.NONE,
                null,
                units,
                new AwardRuleSet(List.of(
                        new AllMandatoryUnits(), new WeightedAverage(BigDecimal.TEN, comparator, countOptionalUnits))),
                ZERO_TO_TWENTY);
    }

    private static List<AchievedUnit> bacProGrades(String... grades) {
        var achieved = new ArrayList<AchievedUnit>();
        for (int i = 0; i < grades.length; i++) {
            achieved.add(
                    new AchievedUnit(ref(BAC_PRO_UNITS[i]), null, new BigDecimal(grades[i]), LocalDate.of(2025, 7, 4)));
        }
        return achieved;
    }

    private static AchievedUnit mobilityUnitGraded(String grade) {
        return new AchievedUnit(ref("UO-MOB"), null, new BigDecimal(grade), LocalDate.of(2025, 4, 11));
    }

    private static RuleOutcome averageOutcome(Eligibility eligibility) {
        return eligibility.trace().get(1);
    }

    private static Eligibility evaluate(QualificationRules standard, List<AchievedUnit> achieved) {
        return AwardRuleEvaluation.evaluate(standard, achieved, false, LocalDate.of(2025, 7, 10));
    }

    @Test
    void S19_weighted_average_compensates_a_weak_unit() {
        // (8·4 + 12·2 + 13·2 + 11·1 + 10·1) / 10 = 103 / 10 = 10.3
        var achieved = bacProGrades("8", "12", "13", "11", "10");

        var eligibility = evaluate(bacPro(ThresholdComparator.AT_LEAST, false), achieved);

        assertThat(eligibility.eligible()).isTrue();
        assertThat(averageOutcome(eligibility).explanation())
                .isEqualTo("Weighted average 10.30 meets the required 10 (at least).");
        assertThat(evaluate(bacPro(ThresholdComparator.MORE_THAN, false), achieved)
                        .eligible())
                .isTrue();
    }

    @Test
    void S19_boundary_average_of_exactly_ten_is_eligible_only_with_at_least() {
        // (8·4 + 12·2 + 11·2 + 11·1 + 11·1) / 10 = 100 / 10 = 10.0 exactly; decision (j)1 ships AT_LEAST
        var achieved = bacProGrades("8", "12", "11", "11", "11");

        var atLeast = evaluate(bacPro(ThresholdComparator.AT_LEAST, false), achieved);
        var moreThan = evaluate(bacPro(ThresholdComparator.MORE_THAN, false), achieved);

        assertThat(atLeast.eligible()).isTrue();
        assertThat(moreThan.eligible()).isFalse();
        assertThat(moreThan.reasons()).containsExactly("AVERAGE_BELOW_THRESHOLD:10.00");
        assertThat(averageOutcome(moreThan).explanation())
                .isEqualTo("Weighted average 10.00 does not exceed the required 10 (more than).");
    }

    @Test
    void S20_optional_mobility_unit_leaves_the_average_unchanged() {
        var withoutMobility = bacProGrades("8", "12", "13", "11", "10");
        var byDefault = bacPro(ThresholdComparator.AT_LEAST, false);
        var expected = evaluate(byDefault, withoutMobility);

        for (var grade : List.of("20", "2")) {
            var withMobility = new ArrayList<>(withoutMobility);
            withMobility.add(mobilityUnitGraded(grade));

            assertThat(evaluate(byDefault, withMobility))
                    .as("UO-MOB graded " + grade)
                    .isEqualTo(expected);
        }

        var counted = bacPro(ThresholdComparator.AT_LEAST, true);
        var strong = new ArrayList<>(withoutMobility);
        strong.add(mobilityUnitGraded("20"));
        var weak = new ArrayList<>(withoutMobility);
        weak.add(mobilityUnitGraded("2"));
        // (103 + 20) / 11 = 11.18; (103 + 2) / 11 = 9.55
        assertThat(averageOutcome(evaluate(counted, strong)).explanation())
                .isEqualTo("Weighted average 11.18 meets the required 10 (at least).");
        assertThat(evaluate(counted, weak).reasons()).containsExactly("AVERAGE_BELOW_THRESHOLD:9.55");
    }

    @Test
    void S20_the_mobility_unit_never_replaces_a_mandatory_unit() {
        var achieved = bacProGrades("8", "12", "13", "11");
        achieved.add(mobilityUnitGraded("20"));

        var eligibility = evaluate(bacPro(ThresholdComparator.AT_LEAST, true), achieved);

        assertThat(eligibility.eligible()).isFalse();
        assertThat(eligibility.reasons()).containsExactly("MISSING_MANDATORY:U5");
    }

    // --- R13: validity in time ---

    @Test
    void R13_credit_older_than_its_units_validity_does_not_count_until_recognised_again() {
        var standard = new QualificationRules(
                CreditFramework.ECVET,
                CreditPoints.of(60),
                List.of(mandatory("CARE-01", 50), valid(mandatory("FIRST-AID", 10), Period.ofYears(3))),
                new AwardRuleSet(List.of(
                        new UnitValidityInTime(), new AllMandatoryUnits(), new MinimumPoints(CreditPoints.of(60)))),
                null);
        var held = new ArrayList<AchievedUnit>();
        held.add(recognised("CARE-01", LocalDate.of(2024, 6, 20)));
        held.add(recognised("FIRST-AID", LocalDate.of(2021, 3, 12)));

        var expired = AwardRuleEvaluation.evaluate(standard, held, false, LocalDate.of(2025, 9, 1));

        assertThat(expired.eligible()).isFalse();
        assertThat(expired.reasons()).containsExactly("MISSING_MANDATORY:FIRST-AID", "POINTS_SHORT:50/60");
        assertThat(expired.trace().get(0).satisfied()).isTrue();
        assertThat(expired.trace().get(0).explanation())
                .isEqualTo("Credit for FIRST-AID (recognised 2021-03-12, valid 3 years) has expired by 2025-09-01"
                        + " and does not count.");

        held.add(recognised("FIRST-AID", LocalDate.of(2025, 8, 29)));
        assertThat(AwardRuleEvaluation.evaluate(standard, held, false, LocalDate.of(2025, 9, 1))
                        .eligible())
                .isTrue();
    }

    // --- R17: final-exam-gated award (Italy, regional qualification, [SEED F29]) ---

    private static AttachedUnit unitWithoutPoints(String code) {
        return new AttachedUnit(ref(code), UnitRole.MANDATORY, null, null, null, false, null);
    }

    @Test
    void R17_all_units_recognised_without_a_passed_final_examination_is_not_eligible() {
        var standard = new QualificationRules(
                CreditFramework.NONE,
                null,
                List.of(unitWithoutPoints("ASA-01"), unitWithoutPoints("ASA-02"), unitWithoutPoints("ASA-03")),
                new AwardRuleSet(List.of(new AllMandatoryUnits(), new FinalExaminationRequired())),
                null);
        var allUnits = List.of(recognised("ASA-01"), recognised("ASA-02"), recognised("ASA-03"));

        var withoutExam = AwardRuleEvaluation.evaluate(standard, allUnits, false, LocalDate.of(2025, 9, 1));
        var withExam = AwardRuleEvaluation.evaluate(standard, allUnits, true, LocalDate.of(2025, 9, 1));

        assertThat(withoutExam.eligible()).isFalse();
        assertThat(withoutExam.reasons()).containsExactly("FINAL_EXAMINATION_MISSING");
        assertThat(withoutExam.trace().get(0).satisfied()).isTrue();
        assertThat(withExam.eligible()).isTrue();
    }
}
