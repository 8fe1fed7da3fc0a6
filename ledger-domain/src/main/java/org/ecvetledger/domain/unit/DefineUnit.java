package org.ecvetledger.domain.unit;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.UnitRef;

/** Drafts a version of a unit of learning outcomes; version 1 starts a unit, later versions revise it. */
public record DefineUnit(UnitRef unit, UnitDescription description) {

    public DefineUnit {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
    }

    @TargetAggregateIdentifier
    public String unitId() {
        return unit.toString();
    }
}
