package org.ecvetledger.domain.qualification;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.ecvetledger.domain.shared.AssessmentMethod;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * A unit as it belongs to one qualification standard: the same unit may weigh differently in
 * another standard (R8, [SEED F127]).
 *
 * @param electiveGroup the group's name; only, and always, for {@link UnitRole#ELECTIVE}
 * @param points        the unit's points in this standard; null when the framework has none (R9)
 * @param coefficient   the unit's weight in a weighted average (France: coefficient); null if none
 * @param mobilityUnit  a unit designed for, or only obtainable through, mobility ([SEED F39])
 * @param validity      how long credit for the unit stays valid (R13), copied from the unit; null if unlimited
 * @param requiredAssessments assessments of these methods must all underlie the unit's recognition
 *     (R11, S22: in-company and school CCF); empty when any assessment will do
 */
public record AttachedUnit(
        UnitRef unit,
        UnitRole role,
        String electiveGroup,
        CreditPoints points,
        BigDecimal coefficient,
        boolean mobilityUnit,
        Period validity,
        List<AssessmentMethod> requiredAssessments) {

    public AttachedUnit {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(role, "role");
        if ((role == UnitRole.ELECTIVE) != (electiveGroup != null && !electiveGroup.isBlank())) {
            throw new IllegalArgumentException("an elective unit, and only an elective unit, names its elective group");
        }
        if (coefficient != null && coefficient.signum() <= 0) {
            throw new IllegalArgumentException("a coefficient is positive: " + coefficient);
        }
        if (validity != null && (validity.isNegative() || validity.isZero())) {
            throw new IllegalArgumentException("a validity period is positive: " + validity);
        }
        requiredAssessments = requiredAssessments == null ? List.of() : List.copyOf(requiredAssessments);
    }

    /** A unit that any assessment of its outcomes may underlie. */
    public AttachedUnit(
            UnitRef unit,
            UnitRole role,
            String electiveGroup,
            CreditPoints points,
            BigDecimal coefficient,
            boolean mobilityUnit,
            Period validity) {
        this(unit, role, electiveGroup, points, coefficient, mobilityUnit, validity, List.of());
    }
}
