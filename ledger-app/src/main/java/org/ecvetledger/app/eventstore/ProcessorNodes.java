package org.ecvetledger.app.eventstore;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The app nodes sharing this PostgreSQL (table {@code processor_node}, docs/scaling.md), and the fair
 * share of each processor's segments one node may claim: {@code ceil(segments / live nodes)}. Axon's
 * pooled processor asks for that share every claim cycle and releases its surplus when it drops, so a
 * node that joins gets segments from the others, and a node that stops or dies leaves its segments to
 * the rest. Without it the first node started keeps every segment for ever.
 *
 * <p>The node's name is also the token owner in {@code tokenentry}: Axon's default ({@code pid@host})
 * is the same for two nodes in one JVM and may be the same for two containers, and two nodes under
 * one owner name would each believe the other's claims are their own.
 */
final class ProcessorNodes implements MaxSegmentProvider, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessorNodes.class);

    private final JdbcTemplate jdbc;
    private final String nodeId;
    private final Duration heartbeat;
    private final Duration nodeTimeout;
    private final int initialSegments;
    private final int maxClaimedSegments;

    private volatile int liveNodes = 1;
    private volatile Map<String, Integer> segments = Map.of();
    private volatile long refreshedAt;
    private volatile boolean running;
    private ScheduledExecutorService scheduler;

    ProcessorNodes(JdbcTemplate jdbc, EventStoreProperties properties) {
        this.jdbc = jdbc;
        this.nodeId = nodeId(properties.nodeId());
        this.heartbeat = properties.nodeHeartbeat();
        this.nodeTimeout = properties.nodeTimeout();
        this.initialSegments = properties.initialSegments();
        this.maxClaimedSegments = properties.maxClaimedSegments();
    }

    /** The configured name, or {@code pid@host} made unique per start (several nodes may share a JVM or a host name). */
    static String nodeId(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    String nodeId() {
        return nodeId;
    }

    int liveNodes() {
        return liveNodes;
    }

    @Override
    public int getMaxSegments(String processorName) {
        if (System.nanoTime() - refreshedAt > heartbeat.toNanos()) {
            refresh(); // the scheduler has not run yet (start-up) or is late: never decide on stale membership
        }
        int total = segments.getOrDefault(processorName, initialSegments);
        int share = (total + liveNodes - 1) / Math.max(1, liveNodes);
        return Math.max(1, Math.min(share, maxClaimedSegments));
    }

    /** Records this node as alive and reads how many nodes are, and each processor's segment count. */
    synchronized void refresh() {
        try {
            jdbc.update(
                    "insert into processor_node (node_id) values (?)"
                            + " on conflict (node_id) do update set last_seen = now()",
                    nodeId);
            Integer live = jdbc.queryForObject(
                    "select count(*) from processor_node where last_seen > now() - make_interval(secs => ?)",
                    Integer.class,
                    nodeTimeout.toMillis() / 1000.0);
            var counts = new HashMap<String, Integer>();
            jdbc.query("select processorname, count(*) from tokenentry group by processorname", row -> {
                counts.put(row.getString(1), row.getInt(2));
            });
            liveNodes = Math.max(1, live == null ? 1 : live);
            segments = Map.copyOf(counts);
            refreshedAt = System.nanoTime();
        } catch (DataAccessException e) {
            // keep the last known share: a short database outage must not make every node grab everything
            log.warn(
                    "node {}: could not refresh the processor nodes ({}); keeping {} live nodes", nodeId, e, liveNodes);
            refreshedAt = System.nanoTime();
        }
    }

    @Override
    public void start() {
        refresh();
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, "processor-node-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(
                this::refresh, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        running = true;
        log.info("node {} joined; {} node(s) share the event processors' segments", nodeId, liveNodes);
    }

    @Override
    public void stop() {
        running = false;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        try {
            jdbc.update("delete from processor_node where node_id = ?", nodeId);
        } catch (DataAccessException e) {
            log.warn("node {}: could not leave the processor nodes; its row expires after {}", nodeId, nodeTimeout);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Started before, and stopped after, Axon's processors (which run in the default phase). */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
