package org.ecvetledger.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.domain.accumulation.AccumulationRegistration;
import org.ecvetledger.domain.learner.LearnerRegistered;
import org.ecvetledger.domain.learner.LearnerRegistration;
import org.ecvetledger.domain.learner.PersonalData;
import org.ecvetledger.domain.learner.RegisterLearner;
import org.ecvetledger.domain.learner.SealedPersonalData;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.projections.learner.LearnerProjector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The event store is Axon's JDBC engine on PostgreSQL, configured as ADR 0001 says. */
@LedgerIT
class EventStoreIT {

    @Autowired
    EventStorageEngine storageEngine;

    @Autowired
    EventStore eventStore;

    @Autowired
    Serializer serializer;

    @Autowired
    TokenStore tokenStore;

    @Autowired
    SagaStore<?> sagaStore;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionManager axonTransactions;

    @Autowired
    CommandGateway commands;

    @Autowired
    Snapshotter snapshotter;

    @Autowired
    List<AggregateFactory<?>> aggregateFactories;

    @Autowired
    DataSource dataSource;

    @Test
    void events_tokens_and_sagas_are_stored_through_jdbc_in_postgresql() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
        assertThat(sagaStore).isInstanceOf(JdbcSagaStore.class);
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
    }

    @Test
    void every_aggregate_of_the_ledger_is_wired_with_its_own_factory() {
        var wired = aggregateFactories.stream()
                .map(factory -> factory.getAggregateType().getName())
                .toList();
        var aggregates =
                LedgerEventTypes.aggregates().stream().map(Class::getName).toList();
        assertThat(wired).containsExactlyInAnyOrderElementsOf(aggregates);
    }

    @Test
    void everything_is_serialised_as_json_never_xstream() {
        assertThat(serializer).isInstanceOf(StableNameSerializer.class);
        var serialized = serializer.serialize(new LearnerRegistered(aLearnerId(), sealed()), byte[].class);
        assertThat(serialized.getType().getName()).isEqualTo("LearnerRegistered");
        assertThat(new String(serialized.getData(), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("{\"learnerId\"");
    }

    @Test
    void every_table_comes_from_flyway() {
        var tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""", String.class);
        assertThat(tables)
                .contains(
                        "domainevententry",
                        "snapshotevententry",
                        "tokenentry",
                        "sagaentry",
                        "associationvalueentry",
                        "deadletterentry",
                        "pd_learner_key",
                        "rm_learner_view",
                        "flyway_schema_history");
        var migrated = jdbc.queryForList("select description from flyway_schema_history where success", String.class);
        assertThat(migrated).contains("axon event store", "personal data keys", "rm learner view");
    }

    @Test
    void read_models_run_in_pooled_streaming_processors_with_a_dead_letter_queue() {
        var processor = processing.eventProcessor(LearnerProjector.PROCESSING_GROUP);
        assertThat(processor).containsInstanceOf(PooledStreamingEventProcessor.class);
        assertThat(processing.deadLetterQueue(LearnerProjector.PROCESSING_GROUP))
                .isPresent();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from tokenentry where processorname = ?",
                                Integer.class,
                                LearnerProjector.PROCESSING_GROUP)
                        > 0);
    }

    @Test
    void a_command_and_everything_it_writes_commit_in_one_transaction_or_not_at_all() {
        assertThat(axonTransactions).isInstanceOf(SpringTransactionManager.class);
        var learnerId = aLearnerId();
        eventStore.publish(learnerEvent(learnerId, 0)); // the learner's stream already exists

        var command = new RegisterLearner(learnerId, new PersonalData("Ana", "Silva", LocalDate.of(2001, 2, 3)));
        assertThatThrownBy(() -> commands.sendAndWait(command)).isInstanceOf(AggregateStreamCreationException.class);

        // the vault sealed the data (and created a key) inside the command; the failed append rolled both back
        assertThat(jdbc.queryForObject(
                        "select count(*) from pd_learner_key where learner_id = ?", Integer.class, learnerId.value()))
                .isZero();
    }

    @Test
    void an_aggregate_snapshot_is_json_that_reads_back_to_the_same_state() {
        var learnerId = aLearnerId();
        commands.sendAndWait(
                new RegisterLearner(learnerId, new PersonalData("Ana", "Silva", LocalDate.of(2001, 2, 3))));

        // Axon snapshots only a stream of two or more events; the learner has one kind of event so far
        eventStore.publish(learnerEvent(learnerId, 1));

        snapshotter.scheduleSnapshot(LearnerRegistration.aggregateType(), learnerId.toString());

        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from snapshotevententry where aggregateidentifier = ?",
                                Integer.class,
                                learnerId.toString())
                        == 1);
        var row = jdbc.queryForMap(
                "select payload, payloadtype, payloadrevision from snapshotevententry where aggregateidentifier = ?",
                learnerId.toString());
        var stored = new String((byte[]) row.get("payload"), StandardCharsets.UTF_8);
        assertThat(stored).contains(learnerId.toString());
        Object state = serializer.deserialize(new SimpleSerializedObject<>(
                (byte[]) row.get("payload"), byte[].class, (String) row.get("payloadtype"), (String)
                        row.get("payloadrevision")));
        assertThat(state.getClass()).isEqualTo(LearnerRegistration.aggregateType());
        assertThat(new String(serializer.serialize(state, byte[].class).getData(), StandardCharsets.UTF_8))
                .isEqualTo(stored);
    }

    @Autowired
    org.axonframework.config.Configuration axon;

    /**
     * A learner's pathway gained state derived from its events (ADR 0016, 0023, 0024): a snapshot of
     * the old shape (no revision) must be skipped, so the pathway loads from its events, and a
     * snapshot of the current revision read.
     */
    @Test
    void a_pathway_snapshot_of_another_revision_is_skipped_and_one_of_the_current_revision_read() {
        var filter = axon.snapshotFilter();
        var pathwayType = AccumulationRegistration.aggregateType().getSimpleName();

        assertThat(filter.allow(snapshotRow(pathwayType, null))).isFalse();
        assertThat(filter.allow(snapshotRow(pathwayType, "1"))).isFalse();
        assertThat(filter.allow(snapshotRow(pathwayType, "2"))).isTrue();
        // other records' snapshots keep their own (absent) revision
        assertThat(filter.allow(snapshotRow(LearnerRegistration.aggregateType().getSimpleName(), null)))
                .isTrue();
    }

    private static org.axonframework.eventhandling.GenericDomainEventEntry<byte[]> snapshotRow(
            String aggregateType, String revision) {
        return new org.axonframework.eventhandling.GenericDomainEventEntry<>(
                aggregateType,
                UUID.randomUUID().toString(),
                3,
                UUID.randomUUID().toString(),
                java.time.Instant.now().toString(),
                aggregateType,
                revision,
                "{}".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_second_writer_of_the_same_aggregate_sequence_gets_a_retryable_concurrency_failure() {
        var learnerId = aLearnerId();
        eventStore.publish(learnerEvent(learnerId, 0));
        eventStore.publish(learnerEvent(learnerId, 1));

        // PostgreSQL's duplicate key (23505) must be recognised, or this is a permanent EventStoreException
        assertThatThrownBy(() -> eventStore.publish(learnerEvent(learnerId, 1)))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from domainevententry where aggregateidentifier = ?",
                        Integer.class,
                        learnerId.toString()))
                .isEqualTo(2);
    }

    @Test
    void creating_an_aggregate_twice_is_refused_as_a_duplicate_not_a_storage_failure() {
        var learnerId = aLearnerId();
        eventStore.publish(learnerEvent(learnerId, 0));

        assertThatThrownBy(() -> eventStore.publish(learnerEvent(learnerId, 0)))
                .isInstanceOf(AggregateStreamCreationException.class);
    }

    /**
     * PostgreSQL hands out global indexes at insert but makes rows visible at commit, so an event can
     * become visible after a later one was already processed. The gap must be waited for, not skipped.
     */
    @Test
    void an_event_committed_after_a_later_one_is_still_projected() throws Exception {
        var slow = aLearnerId();
        var fast = aLearnerId();
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            insertRawEvent(connection, slow); // takes global index N, not yet committed

            eventStore.publish(learnerEvent(fast, 0)); // takes N+1 and commits first
            await().atMost(Duration.ofSeconds(10)).until(() -> projected(fast));
            assertThat(projected(slow)).isFalse();

            connection.commit(); // now N becomes visible, behind the token
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> projected(slow));
    }

    private boolean projected(LearnerId learnerId) {
        return jdbc.queryForObject(
                        "select count(*) from rm_learner_view where learner_id = ?", Integer.class, learnerId.value())
                == 1;
    }

    private void insertRawEvent(java.sql.Connection connection, LearnerId learnerId) throws java.sql.SQLException {
        var event = learnerEvent(learnerId, 0);
        var payload = serializer.serialize(event.getPayload(), byte[].class);
        var metadata = serializer.serialize(event.getMetaData(), byte[].class);
        try (var insert = connection.prepareStatement("""
                insert into domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                    payload, payloadrevision, payloadtype, timestamp) values (?, 0, 'Learner', ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, learnerId.toString());
            insert.setString(2, UUID.randomUUID().toString());
            insert.setBytes(3, metadata.getData());
            insert.setBytes(4, payload.getData());
            insert.setString(5, payload.getType().getRevision());
            insert.setString(6, payload.getType().getName());
            insert.setString(7, event.getTimestamp().toString());
            insert.executeUpdate();
        }
    }

    private static GenericDomainEventMessage<LearnerRegistered> learnerEvent(LearnerId learnerId, long sequence) {
        return new GenericDomainEventMessage<>(
                "Learner", learnerId.toString(), sequence, new LearnerRegistered(learnerId, sealed()));
    }

    private static SealedPersonalData sealed() {
        return new SealedPersonalData("test-key", "AES-256-GCM", "AAAA");
    }

    private static LearnerId aLearnerId() {
        return new LearnerId(UUID.randomUUID());
    }
}
