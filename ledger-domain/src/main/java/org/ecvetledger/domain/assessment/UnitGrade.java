package org.ecvetledger.domain.assessment;

import java.math.BigDecimal;
import java.util.Objects;
import org.ecvetledger.domain.shared.UnitRef;

/** A grade an assessment gives a unit, on the standard's grading scale. */
public record UnitGrade(UnitRef unit, BigDecimal grade) {

    public UnitGrade {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(grade, "grade");
    }
}
