package org.ecvetledger.domain.learningagreement;

import java.util.List;
import java.util.Objects;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * A unit, group of learning outcomes or part of a unit to be achieved abroad ([REC] LA template
 * 2014), with the points to be acquired while abroad (null in systems without points, R9).
 *
 * @param learningOutcomes the outcomes targeted; empty means the whole unit
 */
public record PlannedUnit(UnitRef unit, List<String> learningOutcomes, CreditPoints points) {

    public PlannedUnit {
        Objects.requireNonNull(unit, "unit");
        learningOutcomes = learningOutcomes == null ? List.of() : List.copyOf(learningOutcomes);
    }
}
