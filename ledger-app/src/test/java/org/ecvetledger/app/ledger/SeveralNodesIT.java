package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;
import static org.ecvetledger.app.ledger.LedgerSteps.SIX_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.assessment;
import static org.ecvetledger.app.ledger.LedgerSteps.pathway;
import static org.ecvetledger.app.ledger.LedgerSteps.results;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;
import org.ecvetledger.app.LedgerApplication;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.database.EmbeddedLedgerDatabase;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.ecvetledger.projections.ProjectionRegistration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 8 item 6 (docs/scaling.md): two ledger nodes, each a whole application on its own port,
 * share one PostgreSQL. Their read-model processors split the segments through the token table;
 * every event is applied exactly once to each read model, also while one node stops and the other
 * takes its segments; simultaneous commands for one learner sent to both nodes all land, one after
 * the other in the learner's stream, never forking it.
 */
class SeveralNodesIT {

    private static final int SEGMENTS = 4;
    private static final int SIMULTANEOUS = 16;

    /** Committed applications per read model and event id, over every node of this test (one JVM). */
    private static final Map<String, AtomicInteger> APPLIED = new ConcurrentHashMap<>();

    @Test
    void two_nodes_split_the_segments_apply_every_event_once_and_never_fork_a_learners_stream() throws Exception {
        try (var database = EmbeddedLedgerDatabase.startEphemeral()) {
            var nodeA = start(database, "node-a");
            ConfigurableApplicationContext nodeB = null;
            try {
                var jdbc = nodeA.getBean(JdbcTemplate.class);
                nodeA.getBean(DemoCatalogueLoader.class).load();
                var second = start(database, "node-b");
                nodeB = second;
                var a = steps(nodeA);
                var b = steps(second);

                // the second node takes half of every read model's segments from the first
                await("segments split 2 + 2")
                        .atMost(Duration.ofSeconds(40))
                        .pollInterval(Duration.ofMillis(250))
                        .untilAsserted(() -> {
                            for (var group : ProjectionRegistration.processingGroups()) {
                                assertThat(owners(jdbc, group))
                                        .as(group)
                                        .isEqualTo(Map.of("node-a", SEGMENTS / 2, "node-b", SEGMENTS / 2));
                            }
                        });
                assertThat(jdbc.queryForList("select node_id from processor_node order by node_id", String.class))
                        .containsExactly("node-a", "node-b");

                // a load spread over both nodes
                for (int i = 0; i < 4; i++) {
                    creditedLearner(i % 2 == 0 ? a : b, "Spread" + i);
                }

                // the same learner's commands at the same moment on both nodes: every one lands, in one line
                var learner = a.anEnrolledLearner("Zoé", BACPRO, BRANLY);
                var assessments = new ArrayList<String>();
                for (int i = 0; i < SIMULTANEOUS; i++) {
                    var on = "2025-0%d-%02d".formatted(1 + i / 28, 1 + i % 28);
                    assessments.add((i % 2 == 0 ? a : b)
                            .assessed(
                                    learner,
                                    BRANLY,
                                    assessment(
                                            BACPRO,
                                            on,
                                            results("U31@1", true, SIX_OUTCOMES),
                                            Map.of("U31@1", 10 + i % 10),
                                            null)));
                }
                var statuses = simultaneously(
                        SIMULTANEOUS,
                        i -> (i % 2 == 0 ? a : b)
                                .validate(learner, BRANLY, BACPRO, "U31@1", List.of(assessments.get(i)), "2025-07-01")
                                .status());
                assertThat(statuses).as("every validation lands").containsOnly(201);
                var stream = pathway(learner, BACPRO);
                assertThat(jdbc.queryForList(
                                "select sequencenumber from domainevententry where aggregateidentifier = ?"
                                        + " order by sequencenumber",
                                Long.class,
                                stream))
                        .as("one line of events, no gap, no duplicate: enrolment then each validation")
                        .containsExactlyElementsOf(
                                LongStream.rangeClosed(0, SIMULTANEOUS).boxed().toList());
                assertThat(jdbc.queryForObject(
                                "select count(*) from domainevententry where aggregateidentifier = ?"
                                        + " and payloadtype = 'CreditValidated'",
                                Integer.class,
                                stream))
                        .isEqualTo(SIMULTANEOUS);

                // node A stops while node B keeps taking commands; B takes over A's segments
                var stillWriting = Executors.newSingleThreadExecutor();
                var later = stillWriting.submit(() -> {
                    for (int i = 0; i < 3; i++) {
                        creditedLearner(b, "WhileStopping" + i);
                    }
                    return null;
                });
                nodeA.close();
                later.get(2, TimeUnit.MINUTES);
                stillWriting.shutdown();
                var survivor = second.getBean(JdbcTemplate.class);
                await("node B holds every segment")
                        .atMost(Duration.ofSeconds(40))
                        .pollInterval(Duration.ofMillis(250))
                        .untilAsserted(() -> {
                            for (var group : ProjectionRegistration.processingGroups()) {
                                assertThat(owners(survivor, group)).as(group).isEqualTo(Map.of("node-b", SEGMENTS));
                            }
                        });
                creditedLearner(b, "AfterStop");

                // every event of the store applied exactly once to each read model that handles it
                var expected = new HashMap<String, Set<String>>();
                await("every read model has applied every event it handles")
                        .atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(500))
                        .untilAsserted(() -> {
                            expected.clear();
                            expected.putAll(handledEvents(second));
                            expected.forEach((group, events) ->
                                    assertThat(applied(group)).as(group).containsExactlyInAnyOrderElementsOf(events));
                        });
                for (var group : ProjectionRegistration.processingGroups()) {
                    assertThat(APPLIED.entrySet().stream()
                                    .filter(e -> e.getKey().startsWith(group + "|"))
                                    .filter(e -> e.getValue().get() != 1)
                                    .map(Map.Entry::getKey))
                            .as("events applied more than once to " + group)
                            .isEmpty();
                }
                assertThat(survivor.queryForObject("select count(*) from rm_learner_view", Long.class))
                        .isEqualTo(survivor.queryForObject(
                                "select count(*) from domainevententry where payloadtype = 'LearnerRegistered'",
                                Long.class));
                assertThat(expected.get("transcript"))
                        .containsAll(survivor.queryForList("select event_id from rm_transcript_event", String.class));
            } finally {
                if (nodeB != null) {
                    nodeB.close();
                }
                nodeA.close();
            }
        }
    }

    // --- nodes

    private static ConfigurableApplicationContext start(EmbeddedLedgerDatabase database, String node) {
        return new SpringApplicationBuilder(LedgerApplication.class, CountAppliedEvents.class)
                .run(
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--ledger.db.url=" + database.jdbcUrl(),
                        "--ledger.db.user=" + database.user(),
                        "--ledger.db.password=",
                        "--ledger.db.maximum-pool-size=8",
                        "--ledger.event-store.node-id=" + node,
                        "--ledger.event-store.initial-segments=" + SEGMENTS,
                        // both nodes share the account store: the first administrator is the same
                        "--ledger.security.admin-password=" + LedgerHttp.ADMIN_PASSWORD,
                        "--ledger.security.writes-per-minute=0");
    }

    private static LedgerSteps steps(ConfigurableApplicationContext node) {
        return new LedgerSteps(
                new LedgerHttp(node.getEnvironment()),
                node.getBean(JdbcTemplate.class),
                node.getBean(DemoCatalogueLoader.class));
    }

    /** Counts, per read model and event, the applications that committed (a rolled-back batch is not applied). */
    @TestConfiguration(proxyBeanMethods = false)
    static class CountAppliedEvents {
        @Bean
        ConfigurerModule countAppliedEvents() {
            return configurer -> ProjectionRegistration.processingGroups()
                    .forEach(group ->
                            configurer.eventProcessing().registerHandlerInterceptor(group, config -> counter(group)));
        }

        private static MessageHandlerInterceptor<EventMessage<?>> counter(String group) {
            return (unitOfWork, chain) -> {
                var event = unitOfWork.getMessage().getIdentifier();
                unitOfWork.afterCommit(done -> APPLIED.computeIfAbsent(group + "|" + event, key -> new AtomicInteger())
                        .incrementAndGet());
                return chain.proceed();
            };
        }
    }

    // --- what the test looks at

    private static void creditedLearner(LedgerSteps steps, String name) {
        var learner = steps.anEnrolledLearner(name, BACPRO, BRANLY);
        steps.creditFor(learner, BRANLY, BACPRO, "U31@1", SIX_OUTCOMES, 14, "2025-06-10");
    }

    /** Segments claimed per node for one processor, from the token table. */
    private static Map<String, Integer> owners(JdbcTemplate jdbc, String processor) {
        var owners = new HashMap<String, Integer>();
        jdbc.query(
                "select owner, count(*) from tokenentry where processorname = ? and owner is not null group by owner",
                row -> {
                    owners.put(row.getString(1), row.getInt(2));
                },
                processor);
        return owners;
    }

    private static Set<String> applied(String group) {
        var events = new HashSet<String>();
        APPLIED.keySet().stream()
                .filter(key -> key.startsWith(group + "|"))
                .forEach(key -> events.add(key.substring(group.length() + 1)));
        return events;
    }

    /** For each read model, the ids of the stored events whose type one of its handlers takes. */
    private static Map<String, Set<String>> handledEvents(ConfigurableApplicationContext node) {
        var processing = node.getBean(EventProcessingConfiguration.class);
        var serializer = node.getBean(Serializer.class);
        var handled = new HashMap<String, Set<String>>();
        var rows = node.getBean(JdbcTemplate.class)
                .queryForList("select eventidentifier, payloadtype, payloadrevision from domainevententry");
        for (var group : ProjectionRegistration.processingGroups()) {
            var invoker = processing
                    .eventProcessor(group, PooledStreamingEventProcessor.class)
                    .orElseThrow()
                    .eventHandlerInvoker();
            var events = new HashSet<String>();
            for (var row : rows) {
                var type = serializer.classForType(
                        new SimpleSerializedType((String) row.get("payloadtype"), (String) row.get("payloadrevision")));
                if (invoker.canHandleType(type)) {
                    events.add((String) row.get("eventidentifier"));
                }
            }
            handled.put(group, events);
        }
        return handled;
    }

    interface Call {
        int status(int index) throws Exception;
    }

    private static List<Integer> simultaneously(int callers, Call call) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(callers);
        try {
            var answers = new ArrayList<Future<Integer>>();
            for (int i = 0; i < callers; i++) {
                int index = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.status(index);
                }));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var answer : answers) {
                statuses.add(answer.get(2, TimeUnit.MINUTES));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
