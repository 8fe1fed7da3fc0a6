package org.ecvetledger.domain.learningagreement;

import java.util.List;

/** Hands the learning-agreement feature's Axon entities to the application, which wires them. */
public final class LearningAgreementRegistration {

    private LearningAgreementRegistration() {}

    public static Class<?> aggregateType() {
        return LearningAgreement.class;
    }

    public static List<Class<?>> eventTypes() {
        return List.of(LearningAgreementEvent.class.getPermittedSubclasses());
    }
}
