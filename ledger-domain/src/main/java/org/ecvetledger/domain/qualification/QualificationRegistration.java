package org.ecvetledger.domain.qualification;

import java.util.List;

/** Hands the qualification feature's Axon entities to the application, which wires them. */
public final class QualificationRegistration {

    private QualificationRegistration() {}

    public static Class<?> aggregateType() {
        return QualificationStandard.class;
    }

    public static List<Class<?>> eventTypes() {
        return List.of(QualificationEvent.class.getPermittedSubclasses());
    }
}
