package org.ecvetledger.domain.priorlearning;

import java.util.List;

/** Hands the recognition-of-prior-learning feature's Axon entities to the application, which wires them. */
public final class RplRegistration {

    private RplRegistration() {}

    public static Class<?> aggregateType() {
        return RplCase.class;
    }

    public static List<Class<?>> eventTypes() {
        return List.of(RplCaseEvent.class.getPermittedSubclasses());
    }
}
