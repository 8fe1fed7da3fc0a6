package org.ecvetledger.domain.transfer;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the receiving pathway refused the validated transfer, with its rule; sent by the transfer saga. */
public record RefuseCreditTransfer(
        @TargetAggregateIdentifier TransferRequestId transferRequestId,
        String rule,
        String reason,
        LocalDate effectiveDate) {

    public RefuseCreditTransfer {
        Objects.requireNonNull(transferRequestId, "transferRequestId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }
}
