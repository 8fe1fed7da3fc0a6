package org.ecvetledger.domain.qualification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.UnitRef;

/** Small factories for award evaluation tests: units, recognitions and standards. */
final class AwardEvaluationFixtures {

    static final LocalDate EVALUATED_ON = LocalDate.of(2025, 9, 1);
    static final LocalDate RECOGNISED_ON = LocalDate.of(2024, 6, 28);
    static final GradingScale ZERO_TO_TWENTY = new GradingScale(BigDecimal.ZERO, BigDecimal.valueOf(20));

    private AwardEvaluationFixtures() {}

    static UnitRef ref(String code) {
        return UnitRef.of(code, 1);
    }

    static CreditPoints points(String points) {
        return CreditPoints.of(points);
    }

    static AttachedUnit mandatory(String code, long points) {
        return new AttachedUnit(ref(code), UnitRole.MANDATORY, null, CreditPoints.of(points), null, false, null);
    }

    static AttachedUnit elective(String code, String group, long points) {
        return new AttachedUnit(ref(code), UnitRole.ELECTIVE, group, CreditPoints.of(points), null, false, null);
    }

    static AttachedUnit optional(String code, long points) {
        return new AttachedUnit(ref(code), UnitRole.OPTIONAL, null, CreditPoints.of(points), null, false, null);
    }

    /** A unit of a standard without points (R9) that weighs {@code coefficient} in the average. */
    static AttachedUnit weighted(String code, UnitRole role, String coefficient) {
        return new AttachedUnit(
                ref(code),
                role,
                role == UnitRole.ELECTIVE ? "E" : null,
                null,
                new BigDecimal(coefficient),
                false,
                null);
    }

    static AttachedUnit valid(AttachedUnit unit, Period validity) {
        return new AttachedUnit(
                unit.unit(),
                unit.role(),
                unit.electiveGroup(),
                unit.points(),
                unit.coefficient(),
                unit.mobilityUnit(),
                validity);
    }

    /** A recognition carrying neither points of its own nor a grade. */
    static AchievedUnit recognised(String code) {
        return recognised(code, RECOGNISED_ON);
    }

    static AchievedUnit recognised(String code, LocalDate on) {
        return new AchievedUnit(ref(code), null, null, on);
    }

    static AchievedUnit graded(String code, String grade) {
        return new AchievedUnit(ref(code), null, new BigDecimal(grade), RECOGNISED_ON);
    }

    static QualificationRules standard(List<AttachedUnit> units, AwardRule... rules) {
        return new QualificationRules(
                CreditFramework.ECVET, null, units, new AwardRuleSet(List.of(rules)), ZERO_TO_TWENTY);
    }

    static Eligibility evaluate(QualificationRules standard, List<AchievedUnit> achieved) {
        return AwardRuleEvaluation.evaluate(standard, achieved, false, EVALUATED_ON);
    }

    static Eligibility.RuleOutcome only(Eligibility eligibility) {
        if (eligibility.trace().size() != 1) {
            throw new AssertionError("expected one rule outcome: " + eligibility.trace());
        }
        return eligibility.trace().get(0);
    }
}
