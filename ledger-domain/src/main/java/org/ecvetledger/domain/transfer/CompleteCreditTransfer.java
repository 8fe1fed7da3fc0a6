package org.ecvetledger.domain.transfer;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the receiving pathway recognised the unit (DOMAIN c6 step 4); sent by the transfer saga. */
public record CompleteCreditTransfer(
        @TargetAggregateIdentifier TransferRequestId transferRequestId,
        String recognitionEvent,
        LocalDate effectiveDate) {

    public CompleteCreditTransfer {
        Objects.requireNonNull(transferRequestId, "transferRequestId");
        Objects.requireNonNull(recognitionEvent, "recognitionEvent");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }
}
