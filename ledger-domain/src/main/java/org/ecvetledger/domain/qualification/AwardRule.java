package org.ecvetledger.domain.qualification;

import java.math.BigDecimal;
import java.util.Objects;
import org.ecvetledger.domain.shared.CreditPoints;

/**
 * One rule of a qualification's award rule set (R12–R17). A rule set is a conjunction: the learner
 * is eligible when every rule is satisfied.
 */
public sealed interface AwardRule {

    /** Every mandatory unit is recognised (R12): points alone are never enough ([SEED F78]). */
    record AllMandatoryUnits() implements AwardRule {}

    /** At least this many points from recognised units (Malta: 120 across short courses, [SEED F13]). */
    record MinimumPoints(CreditPoints minimum) implements AwardRule {
        public MinimumPoints {
            Objects.requireNonNull(minimum, "minimum points");
        }
    }

    /**
     * From the units of one elective group: at least {@code chooseAtLeast} units, and/or at least
     * {@code minimumPoints} points. At least one of the two is given.
     */
    record ElectiveGroup(String group, Integer chooseAtLeast, CreditPoints minimumPoints) implements AwardRule {
        public ElectiveGroup {
            if (group == null || group.isBlank()) {
                throw new IllegalArgumentException("an elective group rule names its group");
            }
            if (chooseAtLeast == null && minimumPoints == null) {
                throw new IllegalArgumentException("an elective group rule asks for a number of units or of points");
            }
            if (chooseAtLeast != null && chooseAtLeast < 1) {
                throw new IllegalArgumentException("choose at least one unit: " + chooseAtLeast);
            }
        }
    }

    /**
     * The coefficient-weighted average of the grades of the counted units, Σ(grade × coefficient) /
     * Σ coefficient, compared with a threshold (R15, France BAC PRO, [SEED F40]). Units need not each
     * pass: a strong unit compensates a weak one. Optional units are left out unless counted (R16).
     */
    record WeightedAverage(BigDecimal threshold, ThresholdComparator comparator, boolean countOptionalUnits)
            implements AwardRule {
        public WeightedAverage {
            Objects.requireNonNull(threshold, "threshold");
            Objects.requireNonNull(comparator, "comparator");
        }
    }

    /** A passed final examination is required; units alone never trigger an award (R17, Italy, [SEED F29]). */
    record FinalExaminationRequired() implements AwardRule {}

    /** Credit older than its unit's validity period at evaluation time does not count (R13). */
    record UnitValidityInTime() implements AwardRule {}

    /**
     * Not a condition of the award but a policy of the rule set (ADR 0024): recognised prior credit — units
     * held by a credit transfer or counted from another qualification — may shorten the training, as the
     * competent body decides ({@code TrainingDurationReductionRecorded}; German dual training, [SEED F126]):
     * up to {@code monthsPerUnit} per such unit and {@code maximumMonths} in all.
     */
    record TrainingDurationReduction(int monthsPerUnit, int maximumMonths) implements AwardRule {
        public TrainingDurationReduction {
            if (monthsPerUnit < 1 || monthsPerUnit > 48) {
                throw new IllegalArgumentException("months per unit run from 1 to 48: " + monthsPerUnit);
            }
            if (maximumMonths < monthsPerUnit || maximumMonths > 48) {
                throw new IllegalArgumentException("the maximum runs from the months per unit to 48: " + maximumMonths);
            }
        }
    }
}
