package org.ecvetledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.ecvetledger.app.LedgerApplication;
import org.ecvetledger.app.demo.DemoCatalogue;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.ecvetledger.app.eventstore.TimeOrderedIdentifierFactory;
import org.ecvetledger.domain.accumulation.EnrolLearner;
import org.ecvetledger.domain.accumulation.RecogniseUnit;
import org.ecvetledger.domain.accumulation.ValidateCredit;
import org.ecvetledger.domain.assessment.AssessmentContent;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.LearningSetting;
import org.ecvetledger.domain.assessment.OutcomeResult;
import org.ecvetledger.domain.assessment.RecordAssessment;
import org.ecvetledger.domain.assessment.UnitGrade;
import org.ecvetledger.domain.learner.PersonalData;
import org.ecvetledger.domain.learner.RegisterLearner;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AssessmentMethod;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Issue 8: the ledger's command path (Axon {@link CommandGateway}, no HTTP) against the
 * plain-JDBC minimal command transaction on the same embedded PostgreSQL, at concurrency 1, 8 and 32;
 * then a rebuild of every read model against the sequential read of the event table.
 * Run with {@code ./mvnw -Pbench verify -Dbench.mode=quick}; see docs/benchmarks.md.
 */
class LedgerCommandBench {

    private static final Logger log = LoggerFactory.getLogger(LedgerCommandBench.class);

    private static final int[] CONCURRENCY = {1, 8, 32};
    private static final QualificationRef BACPRO = DemoCatalogue.BACPRO_2013;
    private static final QualificationId BACPRO_ID = BACPRO.id();
    private static final Actor REGISTRAR = new Actor(DemoCatalogue.LYCEE_BRANLY, "Registrar");
    private static final Actor TEACHER = new Actor(DemoCatalogue.LYCEE_BRANLY, "Mme Durand");
    /** Six units × (assessment, validation, recognition) + registration + enrolment = 20 commands, 20 events. */
    private static final List<UnitRef> UNITS = List.of("U11", "U12", "U13", "U2", "U31", "U32").stream()
            .map(code -> UnitRef.of(code, 1))
            .toList();

    static final int COMMANDS_PER_LEARNER = 2 + 3 * 6;

    /**
     * Learners for warm-up and each concurrency level; raw transactions likewise; learners grown to
     * 1,000 events for the history-length figures; learners sampled per query.
     */
    record Mode(
            String name,
            int warmupLearners,
            int[] learnersPerLevel,
            int[] aloneLearnersPerLevel,
            int rawWarmup,
            int rawPerLevel,
            int historyLearners,
            int querySamples) {
        int learners() {
            return warmupLearners
                    + Arrays.stream(learnersPerLevel).sum()
                    + Arrays.stream(aloneLearnersPerLevel).sum();
        }

        static Mode of(String name) {
            return switch (name) {
                case "quick" ->
                    new Mode("quick", 50, new int[] {100, 150, 200}, new int[] {50, 100, 100}, 500, 2_000, 2, 200);
                case "full" ->
                    new Mode(
                            "full",
                            2_000,
                            new int[] {10_000, 40_000, 44_000},
                            new int[] {1_000, 1_500, 1_500},
                            2_000,
                            20_000,
                            5,
                            2_000);
                default -> throw new IllegalArgumentException("bench.mode is quick or full, not " + name);
            };
        }
    }

    /** One measured level: operations, wall time, latencies in nanoseconds, CPU time of the JVM and PostgreSQL. */
    record Level(int concurrency, int operations, long wallNanos, long[] latencies, int failures, long cpuNanos) {
        double perSecond() {
            return operations / (wallNanos / 1e9);
        }

        /** CPU milliseconds (JVM + PostgreSQL) per operation, read-model work during the level included. */
        double cpuMillisPerOperation() {
            return cpuNanos / 1e6 / operations;
        }

        double percentileMillis(double p) {
            return LedgerCommandBench.percentileMillis(latencies, p);
        }
    }

    /** The nearest-rank percentile of latencies in nanoseconds, in milliseconds. */
    static double percentileMillis(long[] latencies, double p) {
        if (latencies.length == 0) {
            return Double.NaN;
        }
        var sorted = latencies.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    @Test
    void commands_against_the_jdbc_limit() throws Exception {
        var mode = Mode.of(System.getProperty("bench.mode", "quick"));
        var report = Path.of(System.getProperty("bench.report", "target/bench-report.md"));
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        var started = Instant.now();
        var loadBefore = loadAverage();
        var heap = new HeapSampler();
        heap.start();
        try (var context = new SpringApplicationBuilder(LedgerApplication.class)
                .run(
                        "--ledger.db.ephemeral=true",
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--ledger.security.admin-password=" + QueryLatency.ADMIN_PASSWORD)) {
            var startup = Instant.now();
            context.getBean(DemoCatalogueLoader.class).load();
            var gateway = context.getBean(CommandGateway.class);
            var dataSource = context.getBean(DataSource.class);
            cpu = CpuClock.forPostgresOn(postgresPort(dataSource));
            var port = ((WebServerApplicationContext) context).getWebServer().getPort();
            log.info(
                    "CPU clock: JVM{}",
                    cpu.seesPostgres() ? " + PostgreSQL server" : " only (PostgreSQL server not found)");

            // --- the ledger: one learner's 20 commands in order on one thread; learners in parallel
            var learnerNumber = new AtomicInteger();
            var learners = new ConcurrentLinkedQueue<LearnerId>();
            int warmupFailures = runLevel(
                            8,
                            mode.warmupLearners(),
                            COMMANDS_PER_LEARNER,
                            (i, timer) -> learners.add(learner(gateway, learnerNumber.incrementAndGet(), timer)))
                    .failures();
            var ledger = new ArrayList<Level>();
            for (int l = 0; l < CONCURRENCY.length; l++) {
                var level = runLevel(
                        CONCURRENCY[l],
                        mode.learnersPerLevel()[l],
                        COMMANDS_PER_LEARNER,
                        (i, timer) -> learners.add(learner(gateway, learnerNumber.incrementAndGet(), timer)));
                ledger.add(level);
                log.info(
                        "ledger c={}: {} commands/s p50 {} ms p99 {} ms, CPU {} ms per command",
                        level.concurrency(),
                        f0(level.perSecond()),
                        f2(level.percentileMillis(0.5)),
                        f2(level.percentileMillis(0.99)),
                        f2(level.cpuMillisPerOperation()));
            }

            // --- the command path alone: every asynchronous event processor (read models, policies, sagas)
            // paused during the level and caught up after it. The levels above are the ledger as deployed,
            // where the read models share the two cores with the commands; this is what the commands
            // themselves cost (authority, lookups, idempotency, audit metadata, the event store), which is
            // what the raw transaction below is the limit of.
            var asynchronous = context.getBean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                    .filter(StreamingEventProcessor.class::isInstance)
                    .toList();
            var catchUp = new ReadModelRebuild("http://localhost:" + port, dataSource);
            var alone = new ArrayList<Level>();
            for (int l = 0; l < CONCURRENCY.length; l++) {
                asynchronous.forEach(EventProcessor::shutDown);
                var level = runLevel(
                        CONCURRENCY[l],
                        mode.aloneLearnersPerLevel()[l],
                        COMMANDS_PER_LEARNER,
                        (i, timer) -> learners.add(learner(gateway, learnerNumber.incrementAndGet(), timer)));
                asynchronous.forEach(EventProcessor::start);
                alone.add(level);
                log.info(
                        "command path alone c={}: {} commands/s p50 {} ms p99 {} ms, CPU {} ms per command",
                        level.concurrency(),
                        f0(level.perSecond()),
                        f2(level.percentileMillis(0.5)),
                        f2(level.percentileMillis(0.99)),
                        f2(level.cpuMillisPerOperation()));
                catchUp.awaitCaughtUp();
            }
            var ledgerHeapMiB = heap.peakUsedMiB();
            var ledgerRssMiB = vmHwmMiB();
            long events = countEvents(dataSource);

            // --- command latency against the length of the learner's history (snapshots keep it flat)
            var history = new HistoryLatency(gateway, dataSource).run(mode.historyLearners());
            for (var window : history.windows()) {
                log.info(
                        "history ~{} events: p50 {} ms p99 {} ms ({} commands)",
                        window.length(),
                        f2(window.percentileMillis(0.5)),
                        f2(window.percentileMillis(0.99)),
                        window.latencies().length);
            }
            var settings = durabilitySettings(dataSource);
            // the read models and policies project the history phase's pathways (thousands of events) after it;
            // the limit below measures PostgreSQL alone, so they finish first
            catchUp.awaitCaughtUp();

            // --- the physical limit: the minimal command transaction in plain JDBC, same pool and database
            var raw = new RawCommandTransaction(dataSource, mode.rawPerLevel());
            var preload = raw.prepare();
            var rawSeq = new AtomicInteger();
            warmupFailures += runLevel(
                            8,
                            mode.rawWarmup(),
                            1,
                            (i, timer) -> timer.time(() -> raw.transaction(rawSeq.getAndIncrement())))
                    .failures();
            var limit = new ArrayList<Level>();
            for (int concurrency : CONCURRENCY) {
                var level = runLevel(
                        concurrency,
                        mode.rawPerLevel(),
                        1,
                        (i, timer) -> timer.time(() -> raw.transaction(rawSeq.getAndIncrement())));
                limit.add(level);
                log.info(
                        "raw c={}: {} tx/s p50 {} ms p99 {} ms, CPU {} ms per transaction",
                        level.concurrency(),
                        f0(level.perSecond()),
                        f2(level.percentileMillis(0.5)),
                        f2(level.percentileMillis(0.99)),
                        f2(level.cpuMillisPerOperation()));
            }

            // --- the physical limit (b): one event row per transaction, nothing read
            var inserts = new ArrayList<Level>();
            var insertSeq = new AtomicInteger();
            for (int concurrency : CONCURRENCY) {
                var level = runLevel(
                        concurrency,
                        mode.rawPerLevel(),
                        1,
                        (i, timer) -> timer.time(() -> raw.insertOnly(insertSeq.getAndIncrement())));
                inserts.add(level);
                log.info(
                        "raw insert c={}: {} tx/s p50 {} ms p99 {} ms",
                        level.concurrency(),
                        f0(level.perSecond()),
                        f2(level.percentileMillis(0.5)),
                        f2(level.percentileMillis(0.99)));
            }

            // --- rebuild of every read model (operations endpoint) beside the sequential read of the event table
            var rebuilds = new ReadModelRebuild("http://localhost:" + port, dataSource);
            rebuilds.awaitCaughtUp();
            long rebuildJvmStart = CpuClock.jvmNanos();
            long rebuildPostgresStart = cpu.postgresNanos();
            var rebuilt = rebuilds.rebuildAll(countEvents(dataSource));
            log.info(
                    "rebuild CPU per event in the store: JVM {} µs, PostgreSQL {} µs",
                    f2((CpuClock.jvmNanos() - rebuildJvmStart) / 1e3 / rebuilt.events()),
                    f2((cpu.postgresNanos() - rebuildPostgresStart) / 1e3 / rebuilt.events()));
            var sequential = rebuilds.readEventTable(3);
            log.info(
                    "rebuild of every read model: {} events in {} s = {} events/s; sequential read {} rows/s",
                    rebuilt.events(),
                    f2(rebuilt.wallNanos() / 1e9),
                    f0(rebuilt.eventsPerSecond()),
                    f0(sequential.rowsPerSecond()));

            // --- transcript and progress queries over HTTP, for learners drawn from every learner loaded
            var queries = new QueryLatency("http://localhost:" + port);
            var learnerList = List.copyOf(learners);
            var transcript = queries.measure("transcript", learnerList, mode.querySamples(), QueryLatency::transcript);
            var progress = queries.measure("progress", learnerList, mode.querySamples(), QueryLatency::progress);
            heap.stop();

            var text = report(
                    mode,
                    started,
                    Math.round((startup.toEpochMilli() - started.toEpochMilli()) / 1000.0),
                    events,
                    settings,
                    preload,
                    ledger,
                    limit,
                    alone,
                    ledgerHeapMiB,
                    heap.peakUsedMiB(),
                    ledgerRssMiB,
                    vmHwmMiB(),
                    rebuilt,
                    sequential,
                    history,
                    inserts,
                    List.of(transcript, progress),
                    learnerList.size());
            Files.createDirectories(report.toAbsolutePath().getParent());
            var loadAfter = loadAverage();
            text += "\nLoad average (1, 5, 15 min) at the start: %s; at the end: %s (2 cores: above 2 means the"
                            .formatted(loadBefore, loadAfter)
                    + " bench shared the machine).\n";
            Files.writeString(report, text, StandardCharsets.UTF_8);
            log.info("\n{}\nreport written to {}", text, report.toAbsolutePath());
            var summary = summaryLine(
                    ledger, limit, inserts, rebuilt, sequential, List.of(transcript, progress), ledgerHeapMiB);
            var json = BenchResults.json(
                    mode,
                    started,
                    loadBefore,
                    loadAfter,
                    events,
                    ledger,
                    limit,
                    alone,
                    inserts,
                    history,
                    rebuilt,
                    sequential,
                    List.of(transcript, progress),
                    ledgerHeapMiB,
                    heap.peakUsedMiB(),
                    vmHwmMiB(),
                    summary);
            var results = Path.of(System.getProperty("bench.results", "target/results.json"));
            Files.createDirectories(results.toAbsolutePath().getParent());
            Files.writeString(results, json, StandardCharsets.UTF_8);
            var plot = Path.of(System.getProperty("bench.plot", "target/benchmark-latency.png"));
            BenchResults.plot(plot, mode, started, loadBefore, ledger, limit, history);
            log.info("results written to {}, plot to {}", results.toAbsolutePath(), plot.toAbsolutePath());
            // the last line of the run, in the form issue 8 asks for
            System.out.println(summary);
            int failures = warmupFailures
                    + ledger.stream().mapToInt(Level::failures).sum()
                    + limit.stream().mapToInt(Level::failures).sum();
            assertThat(failures).as("failed commands or transactions").isZero();
        }
    }

    // --- the ledger's command path

    private static LearnerId learner(CommandGateway gateway, int n, Timer timer) {
        var learner = new LearnerId(TimeOrderedIdentifierFactory.next());
        var enrolledOn = LocalDate.of(2022, 9, 1);
        var assessedOn = LocalDate.of(2023, 6, 15);
        timer.time(() -> gateway.sendAndWait(
                new RegisterLearner(learner, new PersonalData("Learner" + n, "Moreau", LocalDate.of(2006, 5, 17)))));
        timer.time(() -> gateway.sendAndWait(new EnrolLearner(learner, BACPRO, REGISTRAR, enrolledOn)));
        for (var unit : UNITS) {
            var assessment = new AssessmentId(TimeOrderedIdentifierFactory.next());
            var results = List.of("LO1", "LO2", "LO3", "LO4", "LO5", "LO6").stream()
                    .map(lo -> new OutcomeResult(unit, lo, true))
                    .toList();
            var content = new AssessmentContent(
                    learner,
                    BACPRO,
                    TEACHER,
                    AssessmentMethod.PRACTICAL_TEST,
                    LearningSetting.FORMAL,
                    assessedOn,
                    results,
                    List.of(new UnitGrade(unit, BigDecimal.valueOf(10 + n % 10))),
                    "0-20",
                    null,
                    List.of(),
                    null);
            timer.time(() -> gateway.sendAndWait(new RecordAssessment(assessment, content)));
            timer.time(() -> gateway.sendAndWait(
                    new ValidateCredit(learner, BACPRO_ID, unit, List.of(), List.of(assessment), TEACHER, assessedOn)));
            timer.time(() -> gateway.sendAndWait(new RecogniseUnit(learner, BACPRO_ID, unit, TEACHER, assessedOn)));
        }
        return learner;
    }

    // --- levels

    interface Task {
        void run(int index, Timer timer) throws Exception;
    }

    /** Records each operation's latency into a shared array. */
    static final class Timer {
        private final long[] latencies;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger failures = new AtomicInteger();
        private final ConcurrentLinkedQueue<String> firstFailures = new ConcurrentLinkedQueue<>();

        Timer(int capacity) {
            latencies = new long[capacity];
        }

        interface Operation {
            void run() throws Exception;
        }

        void time(Operation operation) {
            long start = System.nanoTime();
            try {
                operation.run();
            } catch (Exception | AssertionError e) {
                failures.incrementAndGet();
                if (firstFailures.size() < 5) {
                    firstFailures.add(e.toString());
                    log.warn("bench operation failed", e);
                }
                return;
            }
            long elapsed = System.nanoTime() - start;
            int slot = next.getAndIncrement();
            if (slot < latencies.length) {
                latencies[slot] = elapsed;
            }
        }

        long[] recorded() {
            return Arrays.copyOf(latencies, Math.min(next.get(), latencies.length));
        }
    }

    /** Set once the application runs: the CPU clock of this JVM and its PostgreSQL server. */
    private static volatile CpuClock cpu;

    private static Level runLevel(int concurrency, int tasks, int operationsPerTask, Task task) throws Exception {
        var timer = new Timer(tasks * operationsPerTask);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            var futures = new ArrayList<Future<?>>(tasks);
            long cpuStart = cpu == null ? 0 : cpu.nanos();
            long start = System.nanoTime();
            for (int i = 0; i < tasks; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    task.run(index, timer);
                    return null;
                }));
            }
            for (var future : futures) {
                future.get();
            }
            long wall = System.nanoTime() - start;
            long cpuUsed = cpu == null ? 0 : cpu.nanos() - cpuStart;
            var latencies = timer.recorded();
            return new Level(concurrency, latencies.length, wall, latencies, timer.failures.get(), cpuUsed);
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    // --- the plain-JDBC minimal command transaction

    /**
     * Reads the ~20 event rows of one aggregate (every column, as Axon does), inserts the next event
     * row (1 KB payload, 200 B metadata, time-ordered event id), commits. Aggregates are taken in turn
     * so concurrent transactions never touch the same one.
     */
    static final class RawCommandTransaction {
        private static final String SELECT = "select globalindex, aggregateidentifier, sequencenumber, type,"
                + " eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp"
                + " from bench_raw_event where aggregateidentifier = ? and sequencenumber >= ?"
                + " order by sequencenumber asc";
        private static final String INSERT = "insert into bench_raw_event (aggregateidentifier, sequencenumber,"
                + " type, eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        private static final byte[] PAYLOAD = json(1000);
        private static final byte[] METADATA = json(200);

        private final DataSource dataSource;
        private final int aggregates;

        RawCommandTransaction(DataSource dataSource, int aggregates) {
            this.dataSource = dataSource;
            this.aggregates = aggregates;
        }

        private static byte[] json(int size) {
            var text = new StringBuilder("{\"data\":\"");
            while (text.length() < size - 2) {
                text.append((char) ('a' + text.length() % 26));
            }
            return text.append("\"}").toString().getBytes(StandardCharsets.UTF_8);
        }

        /** Creates the table as domainevententry is created and loads 20 rows per aggregate; answers the rows. */
        long prepare() throws SQLException {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create table bench_raw_event (globalindex bigserial not null,"
                        + " aggregateidentifier varchar(255) not null, sequencenumber bigint not null,"
                        + " type varchar(255), eventidentifier varchar(255) not null, metadata bytea,"
                        + " payload bytea not null, payloadrevision varchar(255), payloadtype varchar(255) not null,"
                        + " timestamp varchar(255) not null, primary key (globalindex),"
                        + " unique (aggregateidentifier, sequencenumber), unique (eventidentifier))");
                long rows = statement.executeUpdate("insert into bench_raw_event (aggregateidentifier,"
                        + " sequencenumber, type, eventidentifier, metadata, payload, payloadrevision, payloadtype,"
                        + " timestamp) select 'raw-' || a, s, 'LearnerPathway', 'pre-' || a || '-' || s,"
                        + " convert_to(repeat('m', 200), 'UTF8'), convert_to(repeat('p', 1000), 'UTF8'), '1',"
                        + " 'CreditValidated', '2026-01-01T00:00:00Z' from generate_series(0, "
                        + (aggregates - 1) + ") a, generate_series(0, 19) s");
                // The full run of 2026-11-28 measured the first level after a 400,000-row preload at 445 tx/s
                // with 2.01 ms of CPU per transaction, nearly all of it PostgreSQL's (the JVM was idle), against
                // 0.4 ms at 8 and 32 and 2,112 tx/s in a quiet quick run: most likely autovacuum of the freshly
                // loaded table and the checkpoint its writes bring. Both happen here, before the limit is timed.
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(true); // VACUUM cannot run inside a transaction
                statement.execute("vacuum (analyze) bench_raw_event");
                statement.execute("checkpoint");
                connection.setAutoCommit(autoCommit);
                return rows;
            }
        }

        /** The limit (b): one event row per transaction (autocommit), for an aggregate of its own, nothing read first. */
        void insertOnly(int n) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                    var insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, "raw-insert-" + n);
                insert.setLong(2, 0);
                insert.setString(3, "LearnerPathway");
                insert.setString(4, TimeOrderedIdentifierFactory.next().toString());
                insert.setBytes(5, METADATA);
                insert.setBytes(6, PAYLOAD);
                insert.setString(7, "1");
                insert.setString(8, "CreditValidated");
                insert.setString(9, Instant.now().toString());
                insert.executeUpdate();
            }
        }

        void transaction(int n) throws SQLException {
            var aggregate = "raw-" + Math.floorMod(n, aggregates);
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    long next = 0;
                    long bytes = 0;
                    try (var select = connection.prepareStatement(SELECT)) {
                        select.setString(1, aggregate);
                        select.setLong(2, 0);
                        try (var rows = select.executeQuery()) {
                            while (rows.next()) {
                                next = rows.getLong(3) + 1;
                                bytes += rows.getBytes(6).length + rows.getBytes(7).length;
                                rows.getString(5);
                                rows.getString(10);
                            }
                        }
                    }
                    if (bytes == 0) {
                        throw new IllegalStateException("no events read for " + aggregate);
                    }
                    try (var insert = connection.prepareStatement(INSERT)) {
                        insert.setString(1, aggregate);
                        insert.setLong(2, next);
                        insert.setString(3, "LearnerPathway");
                        insert.setString(4, TimeOrderedIdentifierFactory.next().toString());
                        insert.setBytes(5, METADATA);
                        insert.setBytes(6, PAYLOAD);
                        insert.setString(7, "1");
                        insert.setString(8, "CreditValidated");
                        insert.setString(9, Instant.now().toString());
                        insert.executeUpdate();
                    }
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            }
        }
    }

    private static long countEvents(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from domainevententry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The port the server listens on, as it says itself (the embedded one picks a free port). */
    private static int postgresPort(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select setting from pg_settings where name = 'port'")) {
            rows.next();
            return Integer.parseInt(rows.getString(1));
        }
    }

    private static String durabilitySettings(DataSource dataSource) throws SQLException {
        var settings = new ArrayList<String>();
        try (Connection connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select name, setting from pg_settings where name in"
                        + " ('server_version', 'fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method',"
                        + " 'shared_buffers') order by name")) {
            while (rows.next()) {
                settings.add("`" + rows.getString(1) + "=" + rows.getString(2) + "`");
            }
        }
        return String.join(", ", settings);
    }

    // --- memory

    /** Samples used heap every 50 ms; the JVM's own pool peaks are taken too, the larger wins. */
    static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        void start() {
            thread = new Thread(
                    () -> {
                        var memory = ManagementFactory.getMemoryMXBean();
                        while (running) {
                            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                            try {
                                Thread.sleep(50);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                        }
                    },
                    "bench-heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            running = false;
        }

        double peakUsedMiB() {
            peak.accumulateAndGet(
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            return peak.get() / (1024.0 * 1024.0);
        }
    }

    /** {@code /proc/loadavg}'s 1, 5 and 15 minute figures, e.g. {@code 3.10 2.75 2.40}. */
    static String loadAverage() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The JVM process's peak resident set (VmHWM), in MiB; PostgreSQL runs in its own processes. */
    private static double vmHwmMiB() {
        try {
            for (var line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
            return Double.NaN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- report

    private static String report(
            Mode mode,
            Instant started,
            long startupSeconds,
            long events,
            String settings,
            long preload,
            List<Level> ledger,
            List<Level> limit,
            List<Level> alone,
            double ledgerHeapMiB,
            double runHeapMiB,
            double ledgerRssMiB,
            double runRssMiB,
            ReadModelRebuild.Rebuilt rebuilt,
            ReadModelRebuild.SequentialRead sequential,
            HistoryLatency.Result history,
            List<Level> inserts,
            List<QueryLatency.Measured> queries,
            int learners) {
        var out = new StringBuilder();
        out.append("# Ledger benchmark (issue 8)\n\n");
        out.append("- mode: `%s` — %,d learners (%,d warm-up + %s measured), %d commands each (%s)\n"
                .formatted(
                        mode.name(),
                        mode.learners(),
                        mode.warmupLearners(),
                        Arrays.toString(mode.learnersPerLevel()),
                        COMMANDS_PER_LEARNER,
                        "RegisterLearner, EnrolLearner, 6 × (RecordAssessment, ValidateCredit, RecogniseUnit)"));
        out.append("- path: Axon `CommandGateway.sendAndWait` in-process (no HTTP), real application on an"
                + " ephemeral embedded PostgreSQL 17; read-model processors running\n");
        out.append(("- limit: plain JDBC on the same `DataSource` (Hikari, same durability settings): select the"
                        + " ~20 rows of one aggregate, insert one ~1.2 KB row, commit; %,d rows preloaded, %,d"
                        + " transactions per level after %,d warm-up\n")
                .formatted(preload, limit.get(0).operations(), mode.rawWarmup()));
        out.append(("- started %s UTC, %d cores, JVM %s, max heap %d MiB; app start %d s; %,d events in"
                        + " domainevententry after the ledger phase\n")
                .formatted(
                        started.atOffset(ZoneOffset.UTC).toLocalDateTime().withNano(0),
                        Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version"),
                        Runtime.getRuntime().maxMemory() / (1024 * 1024),
                        startupSeconds,
                        events));
        out.append("- PostgreSQL settings shared by both sides: %s\n\n".formatted(settings));
        out.append("| concurrency | ledger commands/s | ledger p50 ms | ledger p99 ms | JDBC limit tx/s"
                + " | limit p50 ms | limit p99 ms | throughput ratio | p50 ratio | p99 ratio"
                + " | ledger CPU ms/command | limit CPU ms/tx | CPU ratio |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < ledger.size(); i++) {
            var l = ledger.get(i);
            var r = limit.get(i);
            out.append("| %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n"
                    .formatted(
                            l.concurrency(),
                            f0(l.perSecond()),
                            f2(l.percentileMillis(0.5)),
                            f2(l.percentileMillis(0.99)),
                            f0(r.perSecond()),
                            f2(r.percentileMillis(0.5)),
                            f2(r.percentileMillis(0.99)),
                            pct(l.perSecond() / r.perSecond()),
                            x(l.percentileMillis(0.5) / r.percentileMillis(0.5)),
                            x(l.percentileMillis(0.99) / r.percentileMillis(0.99)),
                            f2(l.cpuMillisPerOperation()),
                            f2(r.cpuMillisPerOperation()),
                            pct(r.cpuMillisPerOperation() / l.cpuMillisPerOperation())));
        }
        out.append("\nThroughput ratio = ledger commands/s ÷ limit tx/s (target ≥ 80 %); latency ratios ="
                + " ledger ÷ limit (1.0× is the floor). CPU = CPU time of the JVM and of the PostgreSQL server"
                + " (postmaster and backends, /proc) during the level, per operation, read-model work included;"
                + " CPU ratio = limit ÷ ledger, a throughput ratio that a busy machine barely moves.\n\n");
        out.append("### The command path alone\n\n");
        out.append("The same commands with every asynchronous event processor (read models, policies, sagas) paused"
                + " during the level and caught up after it: what the commands themselves cost, against the same"
                + " limit. Smaller levels (learners: %s).\n\n"
                        .formatted(alone.stream()
                                .map(l -> String.valueOf(l.operations() / COMMANDS_PER_LEARNER))
                                .toList()));
        out.append("| concurrency | commands/s | p50 ms | p99 ms | limit tx/s | throughput ratio | CPU ms/command"
                + " | limit CPU ms/tx | CPU ratio |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < alone.size(); i++) {
            var a = alone.get(i);
            var r = limit.get(i);
            out.append("| %d | %s | %s | %s | %s | %s | %s | %s | %s |\n"
                    .formatted(
                            a.concurrency(),
                            f0(a.perSecond()),
                            f2(a.percentileMillis(0.5)),
                            f2(a.percentileMillis(0.99)),
                            f0(r.perSecond()),
                            pct(a.perSecond() / r.perSecond()),
                            f2(a.cpuMillisPerOperation()),
                            f2(r.cpuMillisPerOperation()),
                            pct(r.cpuMillisPerOperation() / a.cpuMillisPerOperation())));
        }
        out.append("\n");
        out.append("| memory | ledger phase | whole run |\n|---|---:|---:|\n");
        out.append("| peak heap used (MemoryMXBean, sampled) MiB | %s | %s |\n"
                .formatted(f0(ledgerHeapMiB), f0(runHeapMiB)));
        out.append("| JVM peak RSS (VmHWM) MiB | %s | %s |\n\n".formatted(f0(ledgerRssMiB), f0(runRssMiB)));
        out.append("## Rebuild of every read model\n\n");
        out.append(("All read models (%s) rebuilt at once through `POST /api/operations/read-models/{group}/rebuild`,"
                        + " timed from the first request until each has replayed to its reset point (polled every 50 ms)."
                        + " The limit reads every column of every row of `domainevententry` in global order, %,d rows"
                        + " per query, plain JDBC on the same `DataSource` (best of 3).\n\n")
                .formatted(String.join(", ", rebuilt.groupEventsPerSecond().keySet()), ReadModelRebuild.READ_BATCH));
        out.append("| events in the store | rebuild wall s | rebuild events/s | sequential read rows/s | read MiB"
                + " | rebuild ÷ read |\n|---:|---:|---:|---:|---:|---:|\n");
        out.append("| %,d | %s | %s | %s | %s | %s |\n\n"
                .formatted(
                        rebuilt.events(),
                        f2(rebuilt.wallNanos() / 1e9),
                        f0(rebuilt.eventsPerSecond()),
                        f0(sequential.rowsPerSecond()),
                        f2(sequential.bytes() / (1024.0 * 1024.0)),
                        pct(rebuilt.eventsPerSecond() / sequential.rowsPerSecond())));
        out.append("Each read model's own replay rate as its endpoint reports it: ");
        out.append(String.join(
                ", ",
                rebuilt.groupEventsPerSecond().entrySet().stream()
                        .map(entry -> "`" + entry.getKey() + "` " + f0(entry.getValue()) + " events/s")
                        .toList()));
        out.append(".\n\n");
        out.append("## Command latency against the length of the learner's history\n\n");
        out.append(("%d set(s) of three learners, their pathways grown one `ValidateCredit` at a time (each on a"
                        + " further assessment of U31) to just before each window, then the windows measured in turns"
                        + " (one command to each pathway per round); each validation timed alone (concurrency 1) and"
                        + " filed by the events its pathway held when sent. Snapshots every"
                        + " `ledger.event-store.snapshot-threshold` events; the latest snapshot of each pathway"
                        + " (-1: none yet) is at sequence number %s.\n\n")
                .formatted(history.learners(), history.latestSnapshots()));
        out.append("| events in the pathway | window | commands | p50 ms | p99 ms | p50 ÷ p50 at 10 |\n");
        out.append("|---:|---:|---:|---:|---:|---:|\n");
        for (var window : history.windows()) {
            out.append("| %,d | %d–%d | %d | %s | %s | %s |\n"
                    .formatted(
                            window.length(),
                            window.from(),
                            window.to(),
                            window.latencies().length,
                            f2(window.percentileMillis(0.5)),
                            f2(window.percentileMillis(0.99)),
                            x(window.percentileMillis(0.5) / history.at(10).percentileMillis(0.5))));
        }
        out.append("\nTarget: p50 at 1,000 events within 1.5× of p50 at 10.\n\n");
        out.append("## Physical limit (b): one event row per transaction\n\n");
        out.append("| concurrency | inserts/s | p50 ms | p99 ms |\n|---:|---:|---:|---:|\n");
        for (var level : inserts) {
            out.append("| %d | %s | %s | %s |\n"
                    .formatted(
                            level.concurrency(),
                            f0(level.perSecond()),
                            f2(level.percentileMillis(0.5)),
                            f2(level.percentileMillis(0.99))));
        }
        out.append("\n## Queries\n\n");
        out.append(("GET over HTTP, one at a time, for learners drawn at random from the %,d loaded (after 20"
                        + " warm-up requests), once every read model has caught up.\n\n")
                .formatted(learners));
        out.append("| query | requests | p50 ms | p99 ms |\n|---|---:|---:|---:|\n");
        for (var query : queries) {
            out.append("| %s | %d | %s | %s |\n"
                    .formatted(
                            query.name(),
                            query.latencies().length,
                            f2(query.percentileMillis(0.5)),
                            f2(query.percentileMillis(0.99))));
        }
        out.append("\nTarget: p99 < 20 ms at 100,000 learners (full mode).\n\n");
        out.append("Summary (concurrency 8):\n\n```\n")
                .append(summaryLine(ledger, limit, inserts, rebuilt, sequential, queries, ledgerHeapMiB))
                .append("\n```\n");
        return out.toString();
    }

    /** The line issue 8 asks for, at concurrency 8 (the bench's middle level). */
    static String summaryLine(
            List<Level> ledger,
            List<Level> limit,
            List<Level> inserts,
            ReadModelRebuild.Rebuilt rebuilt,
            ReadModelRebuild.SequentialRead sequential,
            List<QueryLatency.Measured> queries,
            double heapMiB) {
        var c8 = ledger.get(1);
        var r8 = limit.get(1);
        return ("bench: commands_per_s=%d raw_command_tx_per_s=%d command_ratio=%s raw_insert_per_s=%d"
                        + " rebuild_events_per_s=%d raw_read_per_s=%d rebuild_ratio=%s transcript_p99_ms=%s"
                        + " progress_p99_ms=%s heap_mib=%d")
                .formatted(
                        Math.round(c8.perSecond()),
                        Math.round(r8.perSecond()),
                        String.format(Locale.ROOT, "%.2f", c8.perSecond() / r8.perSecond()),
                        Math.round(inserts.get(1).perSecond()),
                        Math.round(rebuilt.eventsPerSecond()),
                        Math.round(sequential.rowsPerSecond()),
                        String.format(Locale.ROOT, "%.2f", rebuilt.eventsPerSecond() / sequential.rowsPerSecond()),
                        f2(queries.get(0).percentileMillis(0.99)),
                        f2(queries.get(1).percentileMillis(0.99)),
                        Math.round(heapMiB));
    }

    private static String f0(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String f2(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String pct(double ratio) {
        return String.format(Locale.ROOT, "%.0f %%", ratio * 100);
    }

    private static String x(double ratio) {
        return String.format(Locale.ROOT, "%.1f×", ratio);
    }
}
