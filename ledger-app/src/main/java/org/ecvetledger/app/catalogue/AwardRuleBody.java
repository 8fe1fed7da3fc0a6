package org.ecvetledger.app.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.ecvetledger.app.web.OneOf;
import org.ecvetledger.domain.qualification.ThresholdComparator;

/**
 * One award rule as JSON, in requests and answers alike: the member {@code rule} names the rule
 * (R12–R17) and only that rule's members may follow.
 *
 * <ul>
 *   <li>{@code AllMandatoryUnits}, {@code FinalExaminationRequired}, {@code UnitValidityInTime}: no member
 *   <li>{@code MinimumPoints}: {@code minimum}
 *   <li>{@code ElectiveGroup}: {@code group}, and {@code chooseAtLeast} and/or {@code minimumPoints}
 *   <li>{@code WeightedAverage}: {@code threshold}, {@code comparator} (AT_LEAST or MORE_THAN),
 *       {@code countOptionalUnits} (false when absent)
 *   <li>{@code TrainingDurationReduction} (a policy, not a condition; ADR 0024): {@code monthsPerUnit},
 *       {@code maximumMonths}
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AwardRuleBody(
        @NotBlank
        @OneOf(
                names = {
                    ALL_MANDATORY_UNITS,
                    MINIMUM_POINTS,
                    ELECTIVE_GROUP,
                    WEIGHTED_AVERAGE,
                    FINAL_EXAMINATION,
                    VALIDITY_IN_TIME,
                    TRAINING_DURATION_REDUCTION
                })
        String rule,

        @PositiveOrZero @Digits(integer = 6, fraction = 2) BigDecimal minimum,
        @Size(max = 64) String group,
        @Min(1) @Max(1000) Integer chooseAtLeast,
        @PositiveOrZero @Digits(integer = 6, fraction = 2) BigDecimal minimumPoints,
        @Digits(integer = 6, fraction = 2) BigDecimal threshold,
        @OneOf(ThresholdComparator.class) String comparator,
        Boolean countOptionalUnits,
        @Min(1) @Max(48) Integer monthsPerUnit,
        @Min(1) @Max(48) Integer maximumMonths) {

    static final String ALL_MANDATORY_UNITS = "AllMandatoryUnits";
    static final String MINIMUM_POINTS = "MinimumPoints";
    static final String ELECTIVE_GROUP = "ElectiveGroup";
    static final String WEIGHTED_AVERAGE = "WeightedAverage";
    static final String FINAL_EXAMINATION = "FinalExaminationRequired";
    static final String VALIDITY_IN_TIME = "UnitValidityInTime";
    static final String TRAINING_DURATION_REDUCTION = "TrainingDurationReduction";
}
