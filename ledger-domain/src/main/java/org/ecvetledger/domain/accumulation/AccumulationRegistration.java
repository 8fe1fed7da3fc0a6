package org.ecvetledger.domain.accumulation;

import java.util.List;

/** Hands the accumulation feature's Axon entities to the application, which wires them. */
public final class AccumulationRegistration {

    private AccumulationRegistration() {}

    public static Class<?> aggregateType() {
        return LearnerPathway.class;
    }

    public static List<Class<?>> eventTypes() {
        return List.of(PathwayEvent.class.getPermittedSubclasses());
    }
}
