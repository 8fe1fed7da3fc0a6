package org.ecvetledger.projections;

import java.time.Instant;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.WrappedToken;

/**
 * What the event store says about an event beside its payload: its place in the ledger (global
 * index), its id, its stream, when it was recorded, and the metadata the command path stamped on it
 * (actor, request, correlation). Every read model that keeps an event's position takes it from here.
 *
 * @param position the event's own global index in the event store
 */
public record EventEnvelope(
        long position, String eventId, String aggregateId, long sequence, Instant recordedAt, Map<String, ?> metadata) {

    /**
     * The metadata key under which the event store hands every tracked event its own global index
     * (ledger-app's storage engine stamps it when it reads the event; nothing stores it).
     */
    public static final String GLOBAL_INDEX = "globalIndex";

    public static final String ACTOR_INSTITUTION = "actorInstitution";
    public static final String ACTOR_PERSON = "actorPerson";
    public static final String CORRELATION_ID = "correlationId";
    public static final String REQUEST_ID = "requestId";

    public EventEnvelope {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /** The envelope of an event as a processor delivers it. */
    public static EventEnvelope of(EventMessage<?> message) {
        String aggregateId = null;
        long sequence = 0;
        if (message instanceof DomainEventMessage<?> domain) {
            aggregateId = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
        }
        return new EventEnvelope(
                positionOf(message),
                message.getIdentifier(),
                aggregateId,
                sequence,
                message.getTimestamp(),
                message.getMetaData());
    }

    /**
     * The event's own global index: the store's stamp. Never the position of the tracking token that
     * came with it: a gap-aware token's position is the highest index its processor has seen, so an
     * event committed after a later-numbered one would be placed after that one when projected live
     * and before it on replay (ADR 0008). A token that counts one event per index
     * ({@link GlobalSequenceTrackingToken}, which has no gaps) does name the event itself.
     *
     * @throws UnknownLedgerPosition when the event reached the read model without its position
     */
    public static long positionOf(EventMessage<?> message) {
        var stamped = message.getMetaData().get(GLOBAL_INDEX);
        if (stamped instanceof Number number) {
            // a Long as stamped; an Integer when a dead letter's metadata comes back from JSON
            return number.longValue();
        }
        if (message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            var plain = WrappedToken.unwrap(tracked.trackingToken(), GlobalSequenceTrackingToken.class);
            if (plain.isPresent()) {
                return plain.get().getGlobalIndex();
            }
        }
        throw new UnknownLedgerPosition(message);
    }

    public String meta(String key) {
        var value = metadata.get(key);
        return value == null ? null : value.toString();
    }

    /**
     * An event without its own position in the ledger: a read model refuses it (the processor keeps it as
     * a dead letter) rather than guess the position from the tracking token.
     */
    public static final class UnknownLedgerPosition extends RuntimeException {

        UnknownLedgerPosition(EventMessage<?> message) {
            super("Event " + message.getIdentifier() + " ("
                    + message.getPayloadType().getSimpleName()
                    + ") carries no '" + GLOBAL_INDEX + "' stamp: the event store must be ledger-app's"
                    + " position-stamping engine");
        }
    }
}
