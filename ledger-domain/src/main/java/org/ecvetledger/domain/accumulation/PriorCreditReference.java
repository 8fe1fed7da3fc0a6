package org.ecvetledger.domain.accumulation;

import java.util.Objects;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * A unit held on a learner's pathway by recognised prior credit — a credit transfer or a common-core unit
 * counted from another qualification — as a shortening of the training rests on it (ADR 0024).
 *
 * @param event           the message name of the event that made it held ({@code CreditTransferred} or
 *                        {@code CommonCoreUnitCounted})
 * @param pathwaySequence that event's sequence number in this pathway's stream
 */
public record PriorCreditReference(
        UnitRef unit, String event, long pathwaySequence, QualificationId sourceQualification, UnitRef sourceUnit) {

    public PriorCreditReference {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(sourceQualification, "sourceQualification");
        Objects.requireNonNull(sourceUnit, "sourceUnit");
    }
}
