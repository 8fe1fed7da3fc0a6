package org.ecvetledger.domain.credential;

import java.util.List;

/** Hands the credential feature's Axon entities to the application, which wires them. */
public final class CredentialRegistration {

    private CredentialRegistration() {}

    public static Class<?> aggregateType() {
        return Credential.class;
    }

    /** Every event type of the feature, for the event catalogue and the serializer's name registry. */
    public static List<Class<?>> eventTypes() {
        return List.of(CredentialEvent.class.getPermittedSubclasses());
    }
}
