package org.ecvetledger.domain.unit;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.UnitRef;

/** Replaces the text of a unit version that is still a draft. */
public record AmendUnitDraft(UnitRef unit, UnitDescription description) {

    public AmendUnitDraft {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
    }

    @TargetAggregateIdentifier
    public String unitId() {
        return unit.toString();
    }
}
