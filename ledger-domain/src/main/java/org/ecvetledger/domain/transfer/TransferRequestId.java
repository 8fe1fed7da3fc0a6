package org.ecvetledger.domain.transfer;

import java.util.Objects;
import java.util.UUID;

/** Identifier of one request to transfer credit (DOMAIN c6): the conversation the transfer saga follows. */
public record TransferRequestId(UUID value) {

    public TransferRequestId {
        Objects.requireNonNull(value, "transfer request id");
    }

    public static TransferRequestId of(String value) {
        return new TransferRequestId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
