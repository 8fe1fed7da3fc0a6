package org.ecvetledger.domain.qualification;

import java.math.BigDecimal;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
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
        boolean mobilityUnit) {

    public AttachUnit {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(role, "role");
    }

    @TargetAggregateIdentifier
    public String standardId() {
        return standard.toString();
    }
}
