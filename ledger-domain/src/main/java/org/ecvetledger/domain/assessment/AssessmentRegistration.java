package org.ecvetledger.domain.assessment;

import java.util.List;

/** Hands the assessment feature's Axon entities to the application, which wires them. */
public final class AssessmentRegistration {

    private AssessmentRegistration() {}

    public static Class<?> aggregateType() {
        return Assessment.class;
    }

    public static List<Class<?>> eventTypes() {
        return List.of(AssessmentEvent.class.getPermittedSubclasses());
    }
}
