package org.ecvetledger.domain.accumulation;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;

/**
 * The transfer saga records a validated transfer request on the receiving pathway (DOMAIN c6 step 4):
 * the decision of {@link TransferCredit}, answered with a {@link TransferRefusal} instead of an
 * exception when a rule refuses it. {@code transfer.decidedBy()} recognises; {@code validatedBy}
 * validated under {@code validationReference} — another body, or the same one (ADR 0022).
 */
public record RecordValidatedTransfer(TransferCredit transfer, Actor validatedBy, String validationReference) {

    public RecordValidatedTransfer {
        Objects.requireNonNull(transfer, "transfer");
        Objects.requireNonNull(validatedBy, "validatedBy");
        Objects.requireNonNull(validationReference, "validationReference");
    }

    /** Validated and recognised by one body in one decision: {@code transfer.decidedBy()}. */
    public RecordValidatedTransfer(TransferCredit transfer) {
        this(transfer, transfer.decidedBy(), transfer.decisionReference());
    }

    @TargetAggregateIdentifier
    public String pathwayId() {
        return transfer.pathwayId();
    }
}
