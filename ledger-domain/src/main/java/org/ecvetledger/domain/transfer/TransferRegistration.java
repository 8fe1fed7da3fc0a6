package org.ecvetledger.domain.transfer;

import java.util.List;

/** Hands the transfer feature's Axon entities to the application, which wires them. */
public final class TransferRegistration {

    private TransferRegistration() {}

    public static Class<?> aggregateType() {
        return TransferRequest.class;
    }

    public static List<Class<?>> eventTypes() {
        return List.of(TransferRequestEvent.class.getPermittedSubclasses());
    }
}
