package org.ecvetledger.projections.transfer;

import java.util.Objects;
import org.ecvetledger.domain.transfer.TransferRequestId;

/** Asks for one transfer request; empty when none has this id (or it is not projected yet). */
public record GetTransferRequest(TransferRequestId transferRequestId) {

    public GetTransferRequest {
        Objects.requireNonNull(transferRequestId, "transferRequestId");
    }
}
