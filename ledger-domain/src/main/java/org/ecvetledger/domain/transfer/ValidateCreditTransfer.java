package org.ecvetledger.domain.transfer;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;

/** A competent institution of the receiving standard validates the requested transfer (DOMAIN c6 step 3). */
public record ValidateCreditTransfer(
        @TargetAggregateIdentifier TransferRequestId transferRequestId,
        Actor validatedBy,
        String decisionReference,
        LocalDate effectiveDate) {

    public ValidateCreditTransfer {
        Objects.requireNonNull(transferRequestId, "transferRequestId");
        Objects.requireNonNull(validatedBy, "validatedBy");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        if (decisionReference == null || decisionReference.isBlank()) {
            throw new IllegalArgumentException("the decision reference is stated");
        }
        decisionReference = decisionReference.strip();
    }
}
