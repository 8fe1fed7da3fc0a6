package org.ecvetledger.domain.unit;

import java.util.List;

/** Hands the unit feature's Axon entities to the application, which wires them. */
public final class UnitRegistration {

    private UnitRegistration() {}

    public static Class<?> aggregateType() {
        return UnitOfLearningOutcomes.class;
    }

    public static List<Class<?>> eventTypes() {
        return List.of(UnitEvent.class.getPermittedSubclasses());
    }
}
