package org.ecvetledger.domain.appeal;

import java.util.List;

/** Hands the appeal feature's Axon entities to the application, which wires them. */
public final class AppealRegistration {

    private AppealRegistration() {}

    public static Class<?> aggregateType() {
        return Appeal.class;
    }

    public static List<Class<?>> eventTypes() {
        return List.of(AppealEvent.class.getPermittedSubclasses());
    }
}
