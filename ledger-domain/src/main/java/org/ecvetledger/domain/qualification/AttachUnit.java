package org.ecvetledger.domain.qualification;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.AssessmentMethod;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/** Attaches a published unit to a draft standard, with its role, points and coefficient in that standard. */
public record AttachUnit(
        QualificationRef standard,
        UnitRef unit,
        UnitRole role,
        String electiveGroup,
        CreditPoints points,
        BigDecimal coefficient,
        boolean mobilityUnit,
        List<AssessmentMethod> requiredAssessments) {

    public AttachUnit {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(role, "role");
        requiredAssessments = requiredAssessments == null ? List.of() : List.copyOf(requiredAssessments);
    }

    /** Attaches a unit that any assessment of its outcomes may underlie. */
    public AttachUnit(
            QualificationRef standard,
            UnitRef unit,
            UnitRole role,
            String electiveGroup,
            CreditPoints points,
            BigDecimal coefficient,
            boolean mobilityUnit) {
        this(standard, unit, role, electiveGroup, points, coefficient, mobilityUnit, List.of());
    }

    @TargetAggregateIdentifier
    public String standardId() {
        return standard.toString();
    }
}
