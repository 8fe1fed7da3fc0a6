package org.ecvetledger.domain.equivalence;

import java.util.List;

/** Hands the equivalence feature's Axon entities to the application, which wires them. */
public final class EquivalenceRegistration {

    private EquivalenceRegistration() {}

    public static Class<?> aggregateType() {
        return UnitEquivalence.class;
    }

    public static List<Class<?>> eventTypes() {
        return List.of(EquivalenceEvent.class.getPermittedSubclasses());
    }
}
