package org.ecvetledger.app.eventstore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.ecvetledger.projections.EventEnvelope;

/**
 * Axon's JDBC storage engine, which also hands every tracked event its own place in the ledger: the
 * event's {@code globalindex}, in the metadata key {@link EventEnvelope#GLOBAL_INDEX}.
 *
 * <p>Why: the token that comes with a tracked event is not the event's position. Axon builds it in
 * {@code JdbcEventStorageEngine#getTrackedEventData} as {@code previousToken.advanceTo(globalIndex, …)},
 * and {@code GapAwareTrackingToken#advanceTo} keeps the highest index seen when the event fills a gap:
 * an event committed after a later-numbered one (a background policy writing while the caller's
 * transaction is still open) comes with the later one's index. Its {@code position()} therefore
 * depends on the order of commits, which a live processor sees and a replay does not (ADR 0008, fixed
 * bug). Only the row knows the event's own index; nothing else about reading is changed.
 *
 * <p>The stamp is in memory only (nothing is written to the store), so it is the same live, on replay
 * and for a dead letter retried later, whose metadata is kept with it.
 */
final class LedgerPositionStampingEngine extends JdbcEventStorageEngine {

    LedgerPositionStampingEngine(JdbcEventStorageEngine.Builder builder) {
        super(builder);
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        long globalIndex = resultSet.getLong(schema().globalIndexColumn());
        var tracked = super.getTrackedEventData(resultSet, previousToken);
        return new PositionedEventData<>(tracked, globalIndex);
    }

    /**
     * Axon's own reading (upcasting included), with each message stamped with the index of the row it
     * came from. Rows and messages pass one by one and in order, so the row of a message is the
     * oldest one not yet matched with the same event id; a row an upcaster dropped is passed over.
     */
    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        var unmatched = new ArrayDeque<PositionedEventData<?>>();
        Stream<? extends TrackedEventData<?>> rows = readEventData(trackingToken, mayBlock)
                .peek(row -> {
                    if (row instanceof PositionedEventData<?> positioned) {
                        unmatched.add(positioned);
                    }
                });
        return EventUtils.upcastAndDeserializeTrackedEvents(rows, getEventSerializer(), upcasterChain)
                .map(message -> stamped(message, unmatched));
    }

    private static TrackedEventMessage<?> stamped(
            TrackedEventMessage<?> message, ArrayDeque<PositionedEventData<?>> unmatched) {
        while (!unmatched.isEmpty()) {
            var row = unmatched.peek();
            if (row.getEventIdentifier().equals(message.getIdentifier())) {
                return withPosition(message, row.globalIndex);
            }
            unmatched.poll();
        }
        // an upcaster that made up an event id: no row to take the position from, and the read models
        // refuse a tracked event without one rather than guess it from the token
        return message;
    }

    private static TrackedEventMessage<?> withPosition(TrackedEventMessage<?> message, long globalIndex) {
        var stamp = Map.of(EventEnvelope.GLOBAL_INDEX, globalIndex);
        if (message instanceof GenericTrackedDomainEventMessage<?> domain) {
            return domain.andMetaData(stamp);
        }
        // a plain tracked message's andMetaData would drop its token
        return new GenericTrackedEventMessage<>(message.trackingToken(), message.andMetaData(stamp));
    }

    /** A row as Axon reads it, and its own global index. */
    private static final class PositionedEventData<T> extends TrackedDomainEventData<T> {

        private final long globalIndex;

        @SuppressWarnings("unchecked")
        PositionedEventData(TrackedEventData<?> tracked, long globalIndex) {
            super(tracked.trackingToken(), (DomainEventData<T>) tracked);
            this.globalIndex = globalIndex;
        }
    }
}
