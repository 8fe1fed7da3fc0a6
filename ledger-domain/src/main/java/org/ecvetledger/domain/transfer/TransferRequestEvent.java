package org.ecvetledger.domain.transfer;

/** Every event of the {@link TransferRequest} aggregate. */
public sealed interface TransferRequestEvent
        permits TransferRequested,
                CreditTransferValidated,
                CreditTransferRecognised,
                CreditTransferCompleted,
                CreditTransferRefused {

    TransferRequestId transferRequestId();
}
