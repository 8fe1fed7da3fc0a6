package org.ecvetledger.domain.transfer;

/** Every event of the {@link TransferRequest} aggregate. */
public sealed interface TransferRequestEvent
        permits TransferRequested, CreditTransferValidated, CreditTransferCompleted, CreditTransferRefused {

    TransferRequestId transferRequestId();
}
