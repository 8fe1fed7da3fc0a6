package org.ecvetledger.domain.learner;

import java.util.List;

/** Hands the learner feature's Axon entities to the application, which wires them. */
public final class LearnerRegistration {

    private LearnerRegistration() {}

    public static Class<?> aggregateType() {
        return Learner.class;
    }

    /** Every event type of the feature, for the event catalogue and the serializer's name registry. */
    public static List<Class<?>> eventTypes() {
        return List.of(LearnerEvent.class.getPermittedSubclasses());
    }
}
