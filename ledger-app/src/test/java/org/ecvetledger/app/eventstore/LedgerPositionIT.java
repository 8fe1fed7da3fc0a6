package org.ecvetledger.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.domain.accumulation.LearnerEnrolled;
import org.ecvetledger.domain.accumulation.PathwayId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.projections.EventEnvelope;
import org.ecvetledger.projections.progress.ProgressReadModel;
import org.ecvetledger.projections.transcript.TranscriptProjector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event committed after a later-numbered one (a background policy writing while the caller's
 * transaction is still open) keeps its own ledger position in the read models, live and after a
 * rebuild (ADR 0008, the fixed bug). Deterministic: the earlier-numbered event's transaction is held
 * open until the processors have projected the later one, so they track its index as a gap.
 */
@LedgerIT
class LedgerPositionIT {

    private static final Duration PROJECTION = Duration.ofSeconds(30);
    private static final QualificationRef STANDARD = QualificationRef.of("POSITION-TEST", 1);
    private static final List<String> POSITIONED_TABLES = List.of("rm_transcript_event", "rm_progress_pathway_event");

    @Autowired
    EventStorageEngine storageEngine;

    /** Published as the aggregates publish: the write side's subscribing lookups see them too. */
    @Autowired
    EventStore eventStore;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @Test
    void an_event_committed_after_a_later_numbered_one_keeps_its_own_position_live_and_after_a_rebuild()
            throws Exception {
        var earlier = enrolment();
        var later = enrolment();
        TrackingToken beforeBoth = storageEngine.createHeadToken();
        var transaction = new TransactionTemplate(transactions);
        var earlierAppended = new CountDownLatch(1);
        var commitEarlier = new CountDownLatch(1);

        var earlierCommitted = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            eventStore.publish(earlier);
            earlierAppended.countDown();
            awaitLatch(commitEarlier);
        }));
        assertThat(earlierAppended.await(10, TimeUnit.SECONDS)).isTrue();
        transaction.executeWithoutResult(status -> eventStore.publish(later));

        // the later-numbered event is projected while the earlier one is still uncommitted: a gap
        await().atMost(PROJECTION)
                .untilAsserted(() ->
                        POSITIONED_TABLES.forEach(table -> assertThat(storedPosition(table, later.getIdentifier()))
                                .as(table)
                                .isNotNull()));
        POSITIONED_TABLES.forEach(table -> assertThat(storedPosition(table, earlier.getIdentifier()))
                .as(table)
                .isNull());
        var laterRead = tracked(storageEngine.readEvents(beforeBoth, false).toList(), later.getIdentifier());

        commitEarlier.countDown();
        earlierCommitted.get(10, TimeUnit.SECONDS);
        long earlierIndex = globalIndexOf(earlier.getIdentifier());
        long laterIndex = globalIndexOf(later.getIdentifier());
        assertThat(earlierIndex).isLessThan(laterIndex);

        // Axon's token of the gap-filling event is the highest index seen, not the event's; the stamp is
        var earlierRead = tracked(
                storageEngine.readEvents(laterRead.trackingToken(), false).toList(), earlier.getIdentifier());
        assertThat(earlierRead.trackingToken().position()).hasValue(laterIndex);
        assertThat(earlierRead.getMetaData()).containsEntry(EventEnvelope.GLOBAL_INDEX, earlierIndex);
        assertThat(laterRead.getMetaData()).containsEntry(EventEnvelope.GLOBAL_INDEX, laterIndex);

        await().atMost(PROJECTION).untilAsserted(() -> assertOwnPositions(earlierIndex, laterIndex, earlier, later));

        var http = new LedgerHttp(environment);
        for (var group : List.of(TranscriptProjector.PROCESSING_GROUP, ProgressReadModel.PROCESSING_GROUP)) {
            var accepted = http.post("/api/operations/read-models/" + group + "/rebuild", "");
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(120)).until(() -> {
                var status = http.get("/api/operations/read-models/" + group).json();
                return status.at("/lastRebuild/phase").asString().equals("DONE")
                        && status.get("state").asString().equals("CAUGHT_UP");
            });
        }
        await().atMost(PROJECTION).untilAsserted(() -> assertOwnPositions(earlierIndex, laterIndex, earlier, later));
    }

    private void assertOwnPositions(
            long earlierIndex,
            long laterIndex,
            GenericDomainEventMessage<?> earlier,
            GenericDomainEventMessage<?> later) {
        for (var table : POSITIONED_TABLES) {
            assertThat(storedPosition(table, earlier.getIdentifier()))
                    .as(table + ": the event committed last, numbered first")
                    .isEqualTo(earlierIndex);
            assertThat(storedPosition(table, later.getIdentifier()))
                    .as(table + ": the event committed first, numbered last")
                    .isEqualTo(laterIndex);
        }
    }

    private static GenericDomainEventMessage<LearnerEnrolled> enrolment() {
        var pathway = new PathwayId(
                new LearnerId(UUID.randomUUID()),
                new QualificationId(STANDARD.id().value()));
        var enrolled = new LearnerEnrolled(
                pathway,
                STANDARD,
                new Actor(new InstitutionId("FR-POSITION"), "Registrar"),
                LocalDate.parse("2026-09-01"));
        return new GenericDomainEventMessage<>("LearnerPathway", pathway.toString(), 0, enrolled, Map.of());
    }

    private static TrackedEventMessage<?> tracked(List<? extends TrackedEventMessage<?>> read, String eventId) {
        return read.stream()
                .filter(message -> message.getIdentifier().equals(eventId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("event " + eventId + " not read"));
    }

    private Long storedPosition(String table, String eventId) {
        return jdbc
                .query("select global_index from " + table + " where event_id = ?", (row, n) -> row.getLong(1), eventId)
                .stream()
                .findFirst()
                .orElse(null);
    }

    private long globalIndexOf(String eventId) {
        return jdbc.queryForObject(
                "select globalindex from domainevententry where eventidentifier = ?", Long.class, eventId);
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("the held transaction was never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
