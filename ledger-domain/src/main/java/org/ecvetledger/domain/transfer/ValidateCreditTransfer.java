package org.ecvetledger.domain.transfer;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;

/**
 * A competent institution of the receiving standard validates the requested transfer (DOMAIN c6 step
 * 3); with {@code recognitionFollows} it leaves the recognition to a body holding the recognise
 * function (ADR 0022), otherwise it recognises in the same decision.
 */
public record ValidateCreditTransfer(
        @TargetAggregateIdentifier TransferRequestId transferRequestId,
        Actor validatedBy,
        String decisionReference,
        LocalDate effectiveDate,
        boolean recognitionFollows) {

    /** Validation and recognition by one body, in one decision. */
    public ValidateCreditTransfer(
            TransferRequestId transferRequestId, Actor validatedBy, String decisionReference, LocalDate effectiveDate) {
        this(transferRequestId, validatedBy, decisionReference, effectiveDate, false);
    }

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
