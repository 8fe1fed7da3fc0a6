package org.ecvetledger.app.eventstore;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.ecvetledger.app.web.CommandMetadata;
import org.ecvetledger.domain.accumulation.AccumulationRegistration;
import org.ecvetledger.domain.appeal.AppealRegistration;
import org.ecvetledger.domain.assessment.AssessmentRegistration;
import org.ecvetledger.domain.credential.CredentialRegistration;
import org.ecvetledger.domain.equivalence.EquivalenceRegistration;
import org.ecvetledger.domain.institution.InstitutionRegistration;
import org.ecvetledger.domain.learner.LearnerRegistration;
import org.ecvetledger.domain.learningagreement.LearningAgreementRegistration;
import org.ecvetledger.domain.partnership.PartnershipRegistration;
import org.ecvetledger.domain.priorlearning.RplRegistration;
import org.ecvetledger.domain.qualification.QualificationRegistration;
import org.ecvetledger.domain.transfer.TransferRegistration;
import org.ecvetledger.domain.unit.UnitRegistration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.databind.jsontype.PolymorphicTypeValidator;

/**
 * The event store: Axon's JDBC storage engine on PostgreSQL, Jackson 3 JSON payloads, pooled
 * streaming processors with their tokens, sagas and dead letters in PostgreSQL. Every table is
 * created by Flyway ({@code db/migration/ledger}); nothing here creates schema. See ADR 0001.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventStoreProperties.class)
class EventStoreConfiguration {

    /**
     * One JSON serializer for everything Axon stores (events, snapshots, tokens, sagas, dead
     * letters): never XStream, and readable by an auditor with psql. Field visibility lets
     * aggregates without getters be snapshotted (STACK-NOTES pitfall 5).
     */
    @Bean
    @Primary
    Serializer serializer() {
        return new StableNameSerializer(jsonSerializer(), LedgerEventTypes.all());
    }

    static Jackson3Serializer jsonSerializer() {
        return Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(builder -> AwardRuleJson.nameRulesByKind(builder.changeDefaultVisibility(
                                visibility -> visibility.withFieldVisibility(Visibility.ANY)))
                        .polymorphicTypeValidator(AXON_TYPES_ONLY))
                .build();
    }

    /**
     * A rebuild stores a {@code ReplayToken}, whose {@code context} is typed {@code Object} with its
     * class name in the JSON; Jackson 3's default validator refuses any such base type, so a reset
     * processor could never read its token back (AxonFramework #4160, fixed after 4.13.0). Class
     * names in stored JSON are resolved only for Axon's own types (tokens); nothing of the ledger's
     * is typed by class name (award rules are typed by a simple name, which no validator checks).
     */
    private static final PolymorphicTypeValidator AXON_TYPES_ONLY = BasicPolymorphicTypeValidator.builder()
            .allowIfSubType("org.axonframework.")
            .build();

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    /**
     * Axon's units of work run in Spring transactions on the ledger's DataSource. Declared here
     * because Axon's own auto-configuration waits for Boot 3's class name of the transaction manager
     * auto-configuration and, under Boot 4, silently falls back to no transactions at all.
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions);
    }

    /**
     * Axon reaches the database through Spring's transaction: inside a transaction (every command,
     * processor batch and keyed request) Spring alone commits or rolls back, so a command refused
     * inside a request with an Idempotency-Key leaves that request's transaction to its filter (ADR
     * 0006); outside one, Axon's unit-of-work wrapper as by default.
     */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new TransactionBoundConnectionProvider(dataSource);
    }

    /**
     * PostgreSQL reports a duplicate (aggregate, sequence) as SQL state 23505, which Axon's default
     * resolver does not recognise; without this, two writers on one aggregate produce a permanent
     * error instead of a retryable concurrency failure (STACK-NOTES pitfall 6).
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    @Bean
    EventStorageEngine eventStorageEngine(
            Serializer serializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            Configuration configuration,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            EventStoreProperties properties) {
        // every tracked event carries its own global index to the read models (LedgerPositionStampingEngine)
        return new LedgerPositionStampingEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(serializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema())
                .batchSize(properties.fetchBatchSize())
                // Global-sequence gaps (ADR 0001): a gap is an insert not yet committed, or a rollback.
                // Keep waiting for it long after the longest transaction the database allows.
                .gapTimeout(Math.toIntExact(properties.gapTimeout().toMillis()))
                .maxGapOffset(properties.maxGapOffset()));
    }

    /** Sagas on PostgreSQL need BYTEA, not the generic schema's BLOB (STACK-NOTES pitfall 7). */
    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema();
    }

    /**
     * The transfer saga (ADR 0013 amended) keeps its state in {@code sagaentry} and
     * {@code associationvalueentry}: declared here because Axon's JDBC auto-configuration does not run
     * under Boot 4 (STACK-NOTES pitfall 3), and without it Axon would keep sagas in memory.
     */
    @Bean
    SagaStore<Object> sagaStore(ConnectionProvider connectionProvider, SagaSqlSchema schema, Serializer serializer) {
        return JdbcSagaStore.builder()
                .connectionProvider(connectionProvider)
                .sqlSchema(schema)
                .serializer(serializer)
                .build();
    }

    /** Who acted and for which request travels from each command to the events it caused. */
    @Bean
    CorrelationDataProvider auditCorrelation() {
        return new SimpleCorrelationDataProvider(
                CommandMetadata.ACTOR,
                CommandMetadata.ACTOR_INSTITUTION,
                CommandMetadata.ACTOR_PERSON,
                CommandMetadata.ACTOR_ACCOUNT,
                CommandMetadata.REQUEST_ID);
    }

    /** Axon's own correlation and trace ids, which declaring a provider above would otherwise drop. */
    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    /**
     * Every processor is a pooled streaming processor with a real batch size; its tokens live in
     * the tokenentry table, so a restart resumes where it stopped and several nodes share segments:
     * each claims its fair share of them (ProcessorNodes, docs/scaling.md).
     */
    @Bean
    ConfigurerModule pooledProcessors(EventStoreProperties properties, ProcessorNodes nodes) {
        return configurer -> configurer
                .eventProcessing()
                .usingPooledStreamingEventProcessors(
                        (config, builder) -> builder.batchSize(properties.processorBatchSize())
                                .initialSegmentCount(properties.initialSegments())
                                .maxSegmentProvider(nodes));
    }

    /** The nodes sharing this database, and the share of each processor's segments this one claims. */
    @Bean
    ProcessorNodes processorNodes(JdbcTemplate jdbc, EventStoreProperties properties) {
        return new ProcessorNodes(jdbc, properties);
    }

    /**
     * Tokens in {@code tokenentry}, claimed under this node's name (Axon's default owner, {@code
     * pid@host}, can be shared by two nodes; see ProcessorNodes). Claims expire after 10 s, Axon's
     * default, so a node that dies leaves its segments to the others that soon.
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, ProcessorNodes nodes) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(new TokenSchema())
                .serializer(serializer)
                .nodeId(nodes.nodeId())
                .build();
    }

    /**
     * The command gateway of every controller and policy, retrying a command that lost the race for
     * its aggregate's next sequence number to another node or thread (ConcurrentAppendRetry). Axon's
     * dispatch interceptors (audit metadata) are registered on it by Axon's auto-configuration.
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ConcurrentAppendRetry concurrentAppendRetry) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(concurrentAppendRetry)
                .build();
    }

    @Bean(destroyMethod = "close")
    ConcurrentAppendRetry concurrentAppendRetry(EventStoreProperties properties) {
        return new ConcurrentAppendRetry(properties.commandRetries(), properties.commandRetryInterval());
    }

    /**
     * Every aggregate of the ledger, each with its factory (below) and a snapshot every so many events,
     * so a long history still loads in constant time.
     */
    @Bean
    ConfigurerModule ledgerAggregates(
            EventStoreProperties properties, List<AggregateFactory<?>> factories, JdbcTemplate jdbc) {
        Function<String, Long> lastSequenceNumber = aggregate -> jdbc.queryForObject(
                "select max(sequencenumber) from domainevententry where aggregateidentifier = ?",
                Long.class,
                aggregate);
        return configurer ->
                factories.forEach(factory -> configureAggregate(configurer, factory, properties, lastSequenceNumber));
    }

    @SuppressWarnings("unchecked")
    private static <A> void configureAggregate(
            org.axonframework.config.Configurer configurer,
            AggregateFactory<?> factory,
            EventStoreProperties properties,
            Function<String, Long> lastSequenceNumber) {
        var typed = (AggregateFactory<A>) factory;
        var aggregate = AggregateConfigurer.defaultConfiguration(typed.getAggregateType())
                .configureAggregateFactory(config -> typed)
                // every aggregate shares one event table: a command aimed at another kind of record's id
                // must find no aggregate (404), not replay that record's events into the wrong class
                .configureFilterEventsByType(config -> true)
                .configureSnapshotTrigger(config -> new EventCountSnapshotTriggerDefinition(
                        config.getComponent(Snapshotter.class), properties.snapshotThreshold()));
        if (properties.aggregateCacheSize() > 0) {
            // one cache per kind of record, for the same reason as the type filter above (ADR 0025)
            aggregate.configureCache(
                    config -> new CheckedAggregateCache(properties.aggregateCacheSize(), lastSequenceNumber));
        }
        configurer.configureAggregate(aggregate);
    }

    /**
     * One factory bean per aggregate: Spring's snapshotter finds aggregates only through such beans
     * (STACK-NOTES pitfall 5). Each model is inspected with Spring's parameter resolvers, so command
     * handlers may take beans (the personal-data vault, the catalogue lookups) as parameters.
     */
    @Bean
    AggregateFactory<?> learnerAggregateFactory(ParameterResolverFactory resolvers) {
        return factoryFor(LearnerRegistration.aggregateType(), resolvers);
    }

    @Bean
    AggregateFactory<?> institutionAggregateFactory(ParameterResolverFactory resolvers) {
        return factoryFor(InstitutionRegistration.aggregateType(), resolvers);
    }

    @Bean
    AggregateFactory<?> unitAggregateFactory(ParameterResolverFactory resolvers) {
        return factoryFor(UnitRegistration.aggregateType(), resolvers);
    }

    @Bean
    AggregateFactory<?> qualificationAggregateFactory(ParameterResolverFactory resolvers) {
        return factoryFor(QualificationRegistration.aggregateType(), resolvers);
    }

    @Bean
    AggregateFactory<?> equivalenceAggregateFactory(ParameterResolverFactory resolvers) {
        return factoryFor(EquivalenceRegistration.aggregateType(), resolvers);
    }

    @Bean
    AggregateFactory<?> memorandumAggregateFactory(ParameterResolverFactory resolvers) {
        return factoryFor(PartnershipRegistration.aggregateType(), resolvers);
    }

    @Bean
    AggregateFactory<?> learningAgreementAggregateFactory(ParameterResolverFactory resolvers) {
        return factoryFor(LearningAgreementRegistration.aggregateType(), resolvers);
    }

    @Bean
    AggregateFactory<?> pathwayAggregateFactory(ParameterResolverFactory resolvers) {
        return factoryFor(AccumulationRegistration.aggregateType(), resolvers);
    }

    @Bean
    AggregateFactory<?> assessmentAggregateFactory(ParameterResolverFactory resolvers) {
        return factoryFor(AssessmentRegistration.aggregateType(), resolvers);
    }

    @Bean
    AggregateFactory<?> rplCaseAggregateFactory(ParameterResolverFactory resolvers) {
        return factoryFor(RplRegistration.aggregateType(), resolvers);
    }

    @Bean
    AggregateFactory<?> appealAggregateFactory(ParameterResolverFactory resolvers) {
        return factoryFor(AppealRegistration.aggregateType(), resolvers);
    }

    @Bean
    AggregateFactory<?> credentialAggregateFactory(ParameterResolverFactory resolvers) {
        return factoryFor(CredentialRegistration.aggregateType(), resolvers);
    }

    @Bean
    AggregateFactory<?> transferRequestAggregateFactory(ParameterResolverFactory resolvers) {
        return factoryFor(TransferRegistration.aggregateType(), resolvers);
    }

    private static <A> AggregateFactory<A> factoryFor(Class<A> type, ParameterResolverFactory resolvers) {
        return new GenericAggregateFactory<>(AnnotatedAggregateMetaModelFactory.inspectAggregate(type, resolvers));
    }
}
