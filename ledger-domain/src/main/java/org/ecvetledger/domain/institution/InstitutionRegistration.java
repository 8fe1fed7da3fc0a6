package org.ecvetledger.domain.institution;

import java.util.List;

/** Hands the institution feature's Axon entities to the application, which wires them. */
public final class InstitutionRegistration {

    private InstitutionRegistration() {}

    public static Class<?> aggregateType() {
        return CompetentInstitution.class;
    }

    public static List<Class<?>> eventTypes() {
        return List.of(InstitutionEvent.class.getPermittedSubclasses());
    }
}
