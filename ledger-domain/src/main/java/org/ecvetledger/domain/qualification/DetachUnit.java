package org.ecvetledger.domain.qualification;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/** Takes a unit out of a draft standard. */
public record DetachUnit(QualificationRef standard, UnitRef unit) {

    public DetachUnit {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(unit, "unit");
    }

    @TargetAggregateIdentifier
    public String standardId() {
        return standard.toString();
    }
}
