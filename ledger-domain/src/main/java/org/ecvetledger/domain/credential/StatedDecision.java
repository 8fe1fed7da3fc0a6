package org.ecvetledger.domain.credential;

import java.util.Objects;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * A decision a credential states: the recognition of a unit (or part of one) towards a qualification,
 * or, with no unit, the award of the qualification. When the decision is revoked, so is every
 * credential that states it.
 *
 * @param unit the recognised unit, or null for the award
 */
public record StatedDecision(QualificationId qualification, UnitRef unit) {

    public StatedDecision {
        Objects.requireNonNull(qualification, "qualification");
    }

    public static StatedDecision award(QualificationId qualification) {
        return new StatedDecision(qualification, null);
    }

    public static StatedDecision recognition(QualificationId qualification, UnitRef unit) {
        return new StatedDecision(qualification, Objects.requireNonNull(unit, "unit"));
    }
}
