package org.ecvetledger.app.eventstore;

import java.util.List;
import java.util.stream.Stream;
import org.ecvetledger.domain.learner.LearnerRegistration;

/** Every event type of the ledger, gathered from the features' registrations. */
public final class LedgerEventTypes {

    private LedgerEventTypes() {}

    public static List<Class<?>> all() {
        return Stream.of(LearnerRegistration.eventTypes()).flatMap(List::stream).toList();
    }
}
