package org.ecvetledger.app.eventstore;

import java.time.Clock;
import java.util.Set;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.serialization.Serializer;
import org.ecvetledger.domain.learner.PersonalDataProtection;
import org.ecvetledger.projections.ProjectionRegistration;
import org.ecvetledger.projections.catalogue.EquivalenceCatalogueProjector;
import org.ecvetledger.projections.catalogue.InstitutionCatalogueProjector;
import org.ecvetledger.projections.catalogue.QualificationCatalogueProjector;
import org.ecvetledger.projections.catalogue.UnitCatalogueProjector;
import org.ecvetledger.projections.credentialstatus.CredentialStatusProjector;
import org.ecvetledger.projections.learner.EnrolmentProjector;
import org.ecvetledger.projections.learner.LearnerProjector;
import org.ecvetledger.projections.mobility.LearningAgreementProjector;
import org.ecvetledger.projections.mobility.MemorandumProjector;
import org.ecvetledger.projections.transcript.TranscriptProjector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The read models' projectors, and a dead-letter queue in PostgreSQL for each of their processing groups. */
@Configuration(proxyBeanMethods = false)
class ReadModelConfiguration {

    @Bean
    LearnerProjector learnerProjector(JdbcTemplate jdbc, PersonalDataProtection protection) {
        return new LearnerProjector(jdbc, protection);
    }

    @Bean
    EnrolmentProjector enrolmentProjector(JdbcTemplate jdbc) {
        return new EnrolmentProjector(jdbc);
    }

    @Bean
    InstitutionCatalogueProjector institutionCatalogueProjector(JdbcTemplate jdbc) {
        return new InstitutionCatalogueProjector(jdbc);
    }

    @Bean
    UnitCatalogueProjector unitCatalogueProjector(JdbcTemplate jdbc) {
        return new UnitCatalogueProjector(jdbc);
    }

    @Bean
    QualificationCatalogueProjector qualificationCatalogueProjector(JdbcTemplate jdbc) {
        return new QualificationCatalogueProjector(jdbc);
    }

    @Bean
    EquivalenceCatalogueProjector equivalenceCatalogueProjector(JdbcTemplate jdbc) {
        return new EquivalenceCatalogueProjector(jdbc);
    }

    @Bean
    MemorandumProjector memorandumProjector(JdbcTemplate jdbc) {
        return new MemorandumProjector(jdbc);
    }

    @Bean
    LearningAgreementProjector learningAgreementProjector(JdbcTemplate jdbc) {
        return new LearningAgreementProjector(jdbc);
    }

    /**
     * A read-model event that fails is retried behind a savepoint, so that it can be parked (see the
     * class); {@code always} puts every event behind one, as before ADR 0025.
     */
    @Bean
    HandlerEnhancerDefinition savepointPerReadModelEvent(
            PlatformTransactionManager transactions,
            @Value("${ledger.event-store.read-model-savepoints:after-failure}") String savepoints) {
        if (!savepoints.equals("after-failure") && !savepoints.equals("always")) {
            throw new IllegalArgumentException(
                    "ledger.event-store.read-model-savepoints is after-failure or always, not " + savepoints);
        }
        return new SavepointPerReadModelEvent(
                transactions, Set.copyOf(ProjectionRegistration.processingGroups()), savepoints.equals("always"));
    }

    @Bean
    CredentialStatusProjector credentialStatusProjector(JdbcTemplate jdbc) {
        return new CredentialStatusProjector(jdbc);
    }

    /** The personal transcript and audit trails (ADR 0008); expiry is judged in UTC days. */
    @Bean
    TranscriptProjector transcriptProjector(JdbcTemplate jdbc) {
        return new TranscriptProjector(jdbc, Clock.systemUTC());
    }

    /**
     * An event a projector cannot handle is parked in {@code deadletterentry} (with the events of
     * the same sequence behind it) instead of blocking the processor or being lost; it can be retried
     * once fixed.
     */
    @Bean
    ConfigurerModule readModelDeadLetterQueues(
            ConnectionProvider connectionProvider, TransactionManager transactionManager, Serializer serializer) {
        return configurer -> ProjectionRegistration.processingGroups()
                .forEach(group -> configurer
                        .eventProcessing()
                        .registerDeadLetterQueue(
                                group,
                                config -> JdbcSequencedDeadLetterQueue.builder()
                                        .processingGroup(group)
                                        .connectionProvider(connectionProvider)
                                        .transactionManager(transactionManager)
                                        .schema(DeadLetterSchema.defaultSchema())
                                        .genericSerializer(serializer)
                                        .eventSerializer(serializer)
                                        .build())
                        // a rebuild (ADR 0011) replays every event, poison ones included: the queue is
                        // emptied with the read model's tables so an event is parked once, not once per
                        // rebuild, and a parked sequence does not hold back the replay of its later events.
                        // The sequence cache spares the "is this learner's sequence parked?" query per event
                        // (one SELECT per event and read model, docs/benchmarks.md "Profile"): a segment's
                        // cache knows what its node parked, asks the queue once per sequence otherwise, and
                        // is dropped when the segment moves to another node.
                        // An event that failed without a savepoint is not parked: the policy throws, the
                        // batch is rolled back and retried with a savepoint per event, and then parked
                        // (SavepointPerReadModelEvent, ADR 0025).
                        .registerDeadLetteringEventHandlerInvokerConfiguration(
                                group,
                                (config, builder) -> builder.allowReset(true)
                                        .enableSequenceIdentifierCache()
                                        .enqueuePolicy((letter, cause) -> {
                                            if (cause instanceof SavepointPerReadModelEvent.OptimisticFailure retry) {
                                                throw retry;
                                            }
                                            return Decisions.enqueue(ThrowableCause.truncated(cause));
                                        })));
    }
}
