package org.ecvetledger.app.eventstore;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;

/**
 * The aggregates of one type that this node loaded last, kept so that the next command on the same
 * record does not read and deserialise its whole history again (ADR 0025). Axon's caching repository
 * puts an aggregate here after each successful command and drops it when a unit of work rolls back.
 *
 * <p>Every hit is checked against the event store before it is used: another node (docs/scaling.md)
 * may have appended to the same record, and a command decided on a stale copy would be refused for
 * a state the record has left — or, for a command that records nothing, answered wrongly. A stale
 * append cannot happen either way (the unique sequence number refuses it and the command is retried
 * on a fresh load), but a wrong refusal could. The check is one index-only query for the record's
 * last sequence number, against reading and deserialising all its events.
 *
 * <p>Bounded, least recently used first out, so a national population does not grow the heap.
 */
final class CheckedAggregateCache implements Cache {

    private final Map<Object, Object> entries;
    private final Function<String, Long> lastSequenceNumber;

    /**
     * @param capacity            how many aggregates of this type are kept
     * @param lastSequenceNumber  the event store's last sequence number of a record (null: no event)
     */
    CheckedAggregateCache(int capacity, Function<String, Long> lastSequenceNumber) {
        this.lastSequenceNumber = lastSequenceNumber;
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024) * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value;
        synchronized (entries) {
            value = entries.get(key);
        }
        if (value instanceof AggregateCacheEntry<?> entry && !current(key, entry)) {
            remove(key);
            return null;
        }
        return (V) value;
    }

    private boolean current(Object key, AggregateCacheEntry<?> entry) {
        return Objects.equals(versionOf(entry), lastSequenceNumber.apply(key.toString()));
    }

    /**
     * The cached aggregate's version. An entry made by this cache's repository holds the live
     * aggregate, which {@code recreateAggregate} hands back without using its arguments (they are
     * needed only to rebuild an entry that was serialised, which an in-memory cache never does).
     */
    private static Long versionOf(AggregateCacheEntry<?> entry) {
        EventSourcedAggregate<?> aggregate = entry.recreateAggregate(null, null, null, null);
        return aggregate.version();
    }

    @Override
    public void put(Object key, Object value) {
        synchronized (entries) {
            entries.put(key, value);
        }
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        synchronized (entries) {
            return entries.putIfAbsent(key, value) == null;
        }
    }

    @Override
    public boolean remove(Object key) {
        synchronized (entries) {
            return entries.remove(key) != null;
        }
    }

    @Override
    public void removeAll() {
        synchronized (entries) {
            entries.clear();
        }
    }

    @Override
    public boolean containsKey(Object key) {
        synchronized (entries) {
            return entries.containsKey(key);
        }
    }

    /** Nothing listens: the repository asks, it is never told. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return () -> true;
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
