package org.ecvetledger.domain.unit;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.UnitRef;

/** Publishes and freezes a unit version, effective from a date. */
public record PublishUnit(UnitRef unit, LocalDate effectiveFrom) {

    public PublishUnit {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    @TargetAggregateIdentifier
    public String unitId() {
        return unit.toString();
    }
}
