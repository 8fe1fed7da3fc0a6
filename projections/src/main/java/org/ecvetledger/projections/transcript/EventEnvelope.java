package org.ecvetledger.projections.transcript;

import java.time.Instant;
import java.util.Map;

/**
 * What the event store says about an event beside its payload: its place in the ledger (global
 * index), its id, its stream, when it was recorded, and the metadata the command path stamped on it
 * (actor, request, correlation).
 */
record EventEnvelope(
        long position, String eventId, String aggregateId, long sequence, Instant recordedAt, Map<String, ?> metadata) {

    static final String ACTOR_INSTITUTION = "actorInstitution";
    static final String ACTOR_PERSON = "actorPerson";
    static final String CORRELATION_ID = "correlationId";
    static final String REQUEST_ID = "requestId";

    EventEnvelope {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    String meta(String key) {
        var value = metadata.get(key);
        return value == null ? null : value.toString();
    }
}
