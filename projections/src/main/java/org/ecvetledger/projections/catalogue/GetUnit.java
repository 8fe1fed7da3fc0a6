package org.ecvetledger.projections.catalogue;

import java.util.Objects;
import org.ecvetledger.domain.shared.UnitRef;

/** Asks for one version of a unit with its full description and the standards it belongs to; empty when unknown. */
public record GetUnit(UnitRef unit) {

    public GetUnit {
        Objects.requireNonNull(unit, "unit");
    }
}
