package org.ecvetledger.domain.unit;

import java.time.Period;
import java.util.List;
import org.ecvetledger.domain.shared.UnitRef;

/** What other aggregates may know of a unit version: whether it is published, its outcomes, its validity. */
public record CatalogueUnit(UnitRef unit, boolean published, List<String> learningOutcomeIds, Period validity) {

    public CatalogueUnit {
        learningOutcomeIds = List.copyOf(learningOutcomeIds);
    }
}
