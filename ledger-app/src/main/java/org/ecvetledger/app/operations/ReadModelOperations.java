package org.ecvetledger.app.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.ecvetledger.app.operations.ReadModelStatus.RebuildReport;
import org.ecvetledger.projections.ProjectionRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Operates every read model listed in {@link ProjectionRegistration}: reports how far each stands
 * behind the event store (endpoint and the {@code ledger.readmodel.lag} gauge), and rebuilds one on
 * demand with Axon's own reset — stop its pooled processor, reset its tokens (which runs its
 * projectors' {@code @ResetHandler}s and clears its dead-letter queue in the same transaction),
 * start it again — logging the replay's progress until it has caught up. Nothing here knows a
 * particular read model, so a group added to the registration is operated the same way.
 */
@Component
class ReadModelOperations implements DisposableBean {

    static final String LAG_METRIC = "ledger.readmodel.lag";
    static final String DEAD_LETTERS_METRIC = "ledger.readmodel.dead.letters";

    private static final Logger log = LoggerFactory.getLogger(ReadModelOperations.class);
    private static final Duration TICK = Duration.ofMillis(200);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final Duration progressInterval;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
        var thread = new Thread(task, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    ReadModelOperations(
            EventProcessingConfiguration processing,
            JdbcTemplate jdbc,
            MeterRegistry meters,
            @Value("${ledger.operations.rebuild-progress-interval:5s}") Duration progressInterval) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.progressInterval = progressInterval;
        for (var group : ProjectionRegistration.processingGroups()) {
            Gauge.builder(LAG_METRIC, this, operations -> operations.lagOf(group))
                    .tag("group", group)
                    .baseUnit("events")
                    .description(
                            "Events in the store that this read model has not handled yet (head minus its position)")
                    .register(meters);
            Gauge.builder(DEAD_LETTERS_METRIC, this, operations -> operations.deadLettersOf(group))
                    .tag("group", group)
                    .baseUnit("events")
                    .description("Events parked in this read model's dead-letter queue")
                    .register(meters);
        }
    }

    List<ReadModelStatus> statuses() {
        return ProjectionRegistration.processingGroups().stream()
                .filter(group -> processing
                        .eventProcessor(group, StreamingEventProcessor.class)
                        .isPresent())
                .map(this::status)
                .toList();
    }

    ReadModelStatus status(String group) {
        var processor = processorOf(group);
        var segments = processor.processingStatus();
        long head = head();
        Long position = positionOf(segments);
        boolean replaying = segments.values().stream().anyMatch(ReadModelOperations::replaying);
        var rebuild = rebuilds.get(group);
        var report = rebuild == null ? null : rebuild.report();
        Double progress = null;
        if (replaying) {
            progress = percent(position, targetOf(segments, head));
        } else if (report != null) {
            progress = report.progress();
        }
        return new ReadModelStatus(
                group,
                stateOf(processor, segments, rebuild),
                position,
                head,
                position == null ? null : Math.max(0, head - position),
                progress,
                segments.size(),
                deadLettersOf(group),
                report);
    }

    /**
     * Starts a rebuild of this read model unless one is already under way (then that one is
     * reported): the caller gets the status at once, the replay runs in the background.
     */
    synchronized ReadModelStatus rebuild(String group) {
        var processor = processorOf(group);
        var current = rebuilds.get(group);
        if (current == null || !current.inProgress()) {
            if (!processor.supportsReset()) {
                throw new ReadModelNotRebuildable(group);
            }
            var rebuild = new Rebuild(group, clock.instant());
            rebuilds.put(group, rebuild);
            worker.execute(() -> reset(rebuild, processor));
        }
        return status(group);
    }

    private void reset(Rebuild rebuild, StreamingEventProcessor processor) {
        var group = rebuild.group;
        log.info("Read model '{}' rebuild requested: stopping its processor", group);
        try {
            processor.shutDown();
            long target = head();
            processor.resetTokens();
            rebuild.replaying(target, clock.instant());
            log.info(
                    "Read model '{}' reset (its tables emptied, its dead letters cleared): replaying up to event {} - 0.0 %",
                    group, target);
        } catch (RuntimeException e) {
            rebuild.failed(e, clock.instant());
            log.error(
                    "Read model '{}' rebuild failed before the replay: {} (is a segment still claimed by another node?)",
                    group,
                    e.getMessage(),
                    e);
        } finally {
            // a failed reset leaves the old tokens and tables in place: keep the read model running on them
            processor.start();
        }
        if (rebuild.inProgress()) {
            rebuild.monitor = worker.scheduleAtFixedRate(
                    () -> watch(rebuild, processor), TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Reports the replay's progress in the log every so often, and its end once every segment has caught up. */
    private void watch(Rebuild rebuild, StreamingEventProcessor processor) {
        try {
            var segments = processor.processingStatus();
            long position = positionOf(segments) == null ? 0 : positionOf(segments);
            var now = clock.instant();
            boolean replayed = !segments.isEmpty()
                    && segments.values().stream().noneMatch(ReadModelOperations::replaying)
                    && segments.values().stream().noneMatch(EventTrackerStatus::isErrorState);
            if (replayed) {
                rebuild.done(now);
                var report = rebuild.report();
                log.info(
                        "Read model '{}' rebuilt: 100 % - {} events replayed in {} s ({} events/s)",
                        rebuild.group,
                        report.targetPosition(),
                        seconds(Duration.between(rebuild.replayStartedAt, now)),
                        decimal(report.eventsPerSecond()));
                rebuild.monitor.cancel(false);
            } else {
                rebuild.advanced(position);
                if (Duration.between(rebuild.lastLoggedAt, now).compareTo(progressInterval) >= 0) {
                    double rate = rebuild.rateSinceLastLog(position, now);
                    log.info(
                            "Read model '{}' rebuild: {} % ({} of {} events), {} events/s",
                            rebuild.group,
                            decimal(percent(position, rebuild.target)),
                            position,
                            rebuild.target,
                            decimal(rate));
                    rebuild.logged(position, now);
                }
            }
        } catch (RuntimeException e) {
            // a failed look must not end the watch: the next tick looks again
            log.warn("Read model '{}' rebuild progress unknown: {}", rebuild.group, e.getMessage());
        }
    }

    double lagOf(String group) {
        try {
            var processor = processing.eventProcessor(group, StreamingEventProcessor.class);
            if (processor.isEmpty()) {
                return Double.NaN;
            }
            var position = positionOf(processor.get().processingStatus());
            return position == null ? Double.NaN : Math.max(0, head() - position);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    long deadLettersOf(String group) {
        try {
            return processing
                    .deadLetterQueue(group)
                    .map(SequencedDeadLetterQueue::size)
                    .orElse(0L);
        } catch (RuntimeException e) {
            log.warn("Dead letters of read model '{}' could not be counted: {}", group, e.getMessage());
            return -1;
        }
    }

    private StreamingEventProcessor processorOf(String group) {
        if (!ProjectionRegistration.processingGroups().contains(group)) {
            throw new ReadModelNotFound(group);
        }
        return processing
                .eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new ReadModelNotFound(group));
    }

    /** The newest global index in the event store: what a caught-up read model has handled. */
    private long head() {
        Long head = jdbc.queryForObject("select max(globalindex) from domainevententry", Long.class);
        return head == null ? 0 : head;
    }

    /** The slowest claimed segment decides: every event before it is handled, some after it perhaps not. */
    private static Long positionOf(Map<Integer, EventTrackerStatus> segments) {
        if (segments.isEmpty()) {
            return null;
        }
        return segments.values().stream()
                .mapToLong(segment -> segment.getCurrentPosition().orElse(0))
                .min()
                .getAsLong();
    }

    private static long targetOf(Map<Integer, EventTrackerStatus> segments, long head) {
        return segments.values().stream()
                .mapToLong(segment -> segment.getResetPosition().orElse(head))
                .max()
                .orElse(head);
    }

    private static String stateOf(
            StreamingEventProcessor processor, Map<Integer, EventTrackerStatus> segments, Rebuild rebuild) {
        if (rebuild != null && rebuild.resetting()) {
            return "REBUILDING";
        }
        if (!processor.isRunning()) {
            return "STOPPED";
        }
        if (processor.isError() || segments.values().stream().anyMatch(EventTrackerStatus::isErrorState)) {
            return "ERROR";
        }
        if (segments.values().stream().anyMatch(ReadModelOperations::replaying)) {
            return "REPLAYING";
        }
        if (!segments.isEmpty() && segments.values().stream().allMatch(EventTrackerStatus::isCaughtUp)) {
            return "CAUGHT_UP";
        }
        return "CATCHING_UP";
    }

    /**
     * Whether a segment still has events of its replay to handle. Axon keeps a segment's replay token
     * (and {@code isReplaying}) until the first event <em>after</em> the reset point, which may come
     * much later; the read model is rebuilt as soon as it has handled the event at the reset point.
     */
    private static boolean replaying(EventTrackerStatus segment) {
        if (!segment.isReplaying()) {
            return false;
        }
        var resetPosition = segment.getResetPosition();
        return resetPosition.isEmpty() || segment.getCurrentPosition().orElse(0) < resetPosition.getAsLong();
    }

    static double percent(Long position, long target) {
        if (target <= 0) {
            return 100.0;
        }
        long done = position == null ? 0 : position;
        return Math.min(100.0, Math.round(done * 1000.0 / target) / 10.0);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String seconds(Duration duration) {
        return decimal(duration.toMillis() / 1000.0);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }

    /** One rebuild's progress, written by the rebuild thread and read by the endpoint. */
    private static final class Rebuild {

        private final String group;
        private final Instant requestedAt;
        private volatile String phase = "RESETTING";
        private volatile long target;
        private volatile Instant replayStartedAt;
        private volatile Instant finishedAt;
        private volatile long position;
        private volatile Instant lastLoggedAt;
        private volatile long lastLoggedPosition;
        private volatile String failure;
        private volatile ScheduledFuture<?> monitor;

        Rebuild(String group, Instant requestedAt) {
            this.group = group;
            this.requestedAt = requestedAt;
        }

        boolean inProgress() {
            return phase.equals("RESETTING") || phase.equals("REPLAYING");
        }

        boolean resetting() {
            return phase.equals("RESETTING");
        }

        void replaying(long target, Instant now) {
            this.target = target;
            this.replayStartedAt = now;
            this.lastLoggedAt = now;
            this.phase = "REPLAYING";
        }

        void advanced(long position) {
            this.position = Math.max(this.position, position);
        }

        void logged(long position, Instant now) {
            this.lastLoggedPosition = position;
            this.lastLoggedAt = now;
        }

        double rateSinceLastLog(long position, Instant now) {
            long millis = Math.max(1, Duration.between(lastLoggedAt, now).toMillis());
            return (position - lastLoggedPosition) * 1000.0 / millis;
        }

        void done(Instant now) {
            this.position = target;
            this.finishedAt = now;
            this.phase = "DONE";
        }

        void failed(RuntimeException e, Instant now) {
            this.failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            this.finishedAt = now;
            this.phase = "FAILED";
        }

        RebuildReport report() {
            double rate = 0;
            if (replayStartedAt != null) {
                var end = finishedAt != null ? finishedAt : Instant.now();
                long millis = Math.max(1, Duration.between(replayStartedAt, end).toMillis());
                rate = Math.round(position * 10_000.0 / millis) / 10.0;
            }
            double progress =
                    phase.equals("DONE") ? 100.0 : phase.equals("REPLAYING") ? percent(position, target) : 0.0;
            return new RebuildReport(
                    phase,
                    requestedAt.toString(),
                    finishedAt == null ? null : finishedAt.toString(),
                    target,
                    progress,
                    rate,
                    failure);
        }
    }
}
