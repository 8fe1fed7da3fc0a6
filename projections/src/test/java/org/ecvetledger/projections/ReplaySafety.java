package org.ecvetledger.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The replay-safety property of a read model (issue 7 item 5), for any set of projectors: the same
 * history handled once, handled with every event delivered twice, handled with random batches
 * delivered again (a processor retrying after a crash), and handled again after a reset, leaves
 * exactly the same rows in every read-model table. Events reach the projectors through Axon's own
 * annotation adapter, as in the application, so no projector needs test-only dispatch code.
 */
public final class ReplaySafety {

    private static final Instant EPOCH = Instant.parse("2026-09-01T08:00:00Z");

    private final JdbcTemplate jdbc;
    private final List<AnnotationEventHandlerAdapter> projectors;

    public ReplaySafety(JdbcTemplate jdbc, Object... projectors) {
        this.jdbc = jdbc;
        this.projectors = java.util.Arrays.stream(projectors)
                .map(AnnotationEventHandlerAdapter::new)
                .toList();
    }

    /** One aggregate's story: its events in the order its aggregate recorded them. */
    public record Stream(String aggregateType, String aggregateId, List<Object> events) {}

    /**
     * Interleaves the streams at random (each stream keeps its order, as the event store keeps an
     * aggregate's sequence) into one history, each event stamped with its sequence, its global index and a time.
     */
    public static List<DomainEventMessage<?>> interleave(Random random, List<Stream> streams) {
        var cursors = new int[streams.size()];
        var history = new ArrayList<DomainEventMessage<?>>();
        int remaining =
                streams.stream().mapToInt(stream -> stream.events().size()).sum();
        while (remaining > 0) {
            int pick = random.nextInt(streams.size());
            var stream = streams.get(pick);
            if (cursors[pick] == stream.events().size()) {
                continue;
            }
            int sequence = cursors[pick]++;
            history.add(new GenericDomainEventMessage<>(
                    stream.aggregateType(),
                    stream.aggregateId(),
                    sequence,
                    stream.events().get(sequence),
                    // its place in the ledger, as the event store stamps it on every event it delivers
                    MetaData.with(EventEnvelope.GLOBAL_INDEX, (long) history.size() + 1),
                    stream.aggregateId() + "#" + sequence,
                    EPOCH.plusSeconds(history.size())));
            remaining--;
        }
        return history;
    }

    /** Asserts the property for this history; {@code random} chooses which batches are delivered again. */
    public void assertReplaySafe(Random random, List<DomainEventMessage<?>> history) {
        reset();
        history.forEach(this::deliver);
        var once = rows();
        assertThat(once.values().stream().mapToInt(List::size).sum())
                .as("the history wrote rows")
                .isPositive();

        reset();
        history.forEach(event -> {
            deliver(event);
            deliver(event);
        });
        assertThat(rows()).as("every event delivered twice").isEqualTo(once);

        reset();
        int start = 0;
        while (start < history.size()) {
            int end = Math.min(history.size(), start + 1 + random.nextInt(8));
            var batch = history.subList(start, end);
            batch.forEach(this::deliver);
            if (random.nextBoolean()) {
                batch.forEach(this::deliver);
            }
            start = end;
        }
        assertThat(rows()).as("random batches delivered again").isEqualTo(once);

        reset();
        history.forEach(this::deliver);
        assertThat(rows()).as("reset and replayed").isEqualTo(once);
    }

    private void deliver(DomainEventMessage<?> event) {
        for (var projector : projectors) {
            if (projector.canHandle(event)) {
                try {
                    projector.handle(event);
                } catch (Exception e) {
                    throw new AssertionError("projector failed on " + event.getPayloadType(), e);
                }
            }
        }
    }

    /** As the processor's reset does: every projector's {@code @ResetHandler}. */
    private void reset() {
        projectors.forEach(AnnotationEventHandlerAdapter::prepareReset);
    }

    /** Every row of every read-model table, each table's rows in a stable order. */
    private Map<String, List<String>> rows() {
        var tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = current_schema()"
                        + " and table_name like 'rm\\_%' order by table_name",
                String.class);
        var rows = new LinkedHashMap<String, List<String>>();
        for (var table : tables) {
            rows.put(table, jdbc.queryForList("select t::text from " + table + " t order by 1", String.class));
        }
        return rows;
    }
}
