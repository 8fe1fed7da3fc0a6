package org.ecvetledger.domain.partnership;

import java.util.List;

/** Hands the partnership (MoU) feature's Axon entities to the application, which wires them. */
public final class PartnershipRegistration {

    private PartnershipRegistration() {}

    public static Class<?> aggregateType() {
        return MemorandumOfUnderstanding.class;
    }

    public static List<Class<?>> eventTypes() {
        return List.of(MemorandumEvent.class.getPermittedSubclasses());
    }
}
