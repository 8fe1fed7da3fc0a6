package org.ecvetledger.domain.assessment;

import java.util.Objects;
import org.ecvetledger.domain.shared.UnitRef;

/** The result of one learning outcome in an assessment: achieved or not (LO granularity, DOMAIN (a)). */
public record OutcomeResult(UnitRef unit, String learningOutcome, boolean achieved) {

    public OutcomeResult {
        Objects.requireNonNull(unit, "unit");
        if (learningOutcome == null || learningOutcome.isBlank()) {
            throw new IllegalArgumentException("a result names its learning outcome");
        }
    }
}
