package org.ecvetledger.domain.transfer;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;

/**
 * Records that the receiving pathway recognised the unit (DOMAIN c6 step 4), and by whom; sent by the
 * transfer saga.
 */
public record CompleteCreditTransfer(
        @TargetAggregateIdentifier TransferRequestId transferRequestId,
        String recognitionEvent,
        LocalDate effectiveDate,
        Actor recognisedBy) {

    public CompleteCreditTransfer {
        Objects.requireNonNull(transferRequestId, "transferRequestId");
        Objects.requireNonNull(recognitionEvent, "recognitionEvent");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(recognisedBy, "recognisedBy");
    }
}
