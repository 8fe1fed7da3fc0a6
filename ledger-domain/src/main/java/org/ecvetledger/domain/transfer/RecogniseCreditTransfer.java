package org.ecvetledger.domain.transfer;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;

/**
 * A body holding the recognise function for the receiving standard recognises a transfer another
 * body validated (DOMAIN c6 step 4, ADR 0022).
 */
public record RecogniseCreditTransfer(
        @TargetAggregateIdentifier TransferRequestId transferRequestId,
        Actor recognisedBy,
        String decisionReference,
        LocalDate effectiveDate) {

    public RecogniseCreditTransfer {
        Objects.requireNonNull(transferRequestId, "transferRequestId");
        Objects.requireNonNull(recognisedBy, "recognisedBy");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        if (decisionReference == null || decisionReference.isBlank()) {
            throw new IllegalArgumentException("the decision reference is stated");
        }
        decisionReference = decisionReference.strip();
    }
}
