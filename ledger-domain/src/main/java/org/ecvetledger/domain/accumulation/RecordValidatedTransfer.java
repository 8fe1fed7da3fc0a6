package org.ecvetledger.domain.accumulation;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The transfer saga records a validated transfer request on the receiving pathway (DOMAIN c6 step 4):
 * the decision of {@link TransferCredit}, answered with a {@link TransferRefusal} instead of an
 * exception when a rule refuses it.
 */
public record RecordValidatedTransfer(TransferCredit transfer) {

    public RecordValidatedTransfer {
        Objects.requireNonNull(transfer, "transfer");
    }

    @TargetAggregateIdentifier
    public String pathwayId() {
        return transfer.pathwayId();
    }
}
