package org.ecvetledger.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.ecvetledger.projections.ProjectionRegistration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 8: a full rebuild of every read model from the event store, through the operations endpoint
 * an operator uses, against the physical limit of reading the event table in sequence with plain JDBC.
 */
final class ReadModelRebuild {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration POLL = Duration.ofMillis(50);
    // Full mode replays about two million events per read model; at the rates measured so far
    // (~1,400 events/s) that alone is about 25 minutes, so half an hour would be too tight.
    private static final Duration PATIENCE = Duration.ofHours(3);
    static final int READ_BATCH = 1_000;

    /** All read models rebuilt at once: events in the store, wall time, and each group's own rate. */
    record Rebuilt(long events, long wallNanos, Map<String, Double> groupEventsPerSecond) {
        double eventsPerSecond() {
            return events / (wallNanos / 1e9);
        }
    }

    /** The event table read start to end in batches: rows, bytes of payload and metadata, wall time. */
    record SequentialRead(long rows, long bytes, long wallNanos) {
        double rowsPerSecond() {
            return rows / (wallNanos / 1e9);
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final DataSource dataSource;

    ReadModelRebuild(String base, DataSource dataSource) {
        this.base = base;
        this.dataSource = dataSource;
    }

    /** Waits until every read model has handled every event, so the rebuild starts from a quiet ledger. */
    void awaitCaughtUp() throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            var all = get("/api/operations/read-models");
            boolean caughtUp =
                    all.size() == ProjectionRegistration.processingGroups().size();
            for (var model : all) {
                caughtUp &= model.get("state").asString().equals("CAUGHT_UP")
                        && model.get("lag").asLong() == 0;
            }
            if (caughtUp) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the read models did not catch up within " + PATIENCE);
    }

    /** Asks for a rebuild of every read model at once and times it until each has replayed to the reset point. */
    Rebuilt rebuildAll(long events) throws Exception {
        var groups = ProjectionRegistration.processingGroups();
        long start = System.nanoTime();
        for (var group : groups) {
            var answer = post("/api/operations/read-models/" + group + "/rebuild");
            if (answer.statusCode() != 202) {
                throw new IllegalStateException("rebuild of " + group + " answered " + answer.statusCode());
            }
        }
        long deadline = start + PATIENCE.toNanos();
        var pending = new ArrayList<>(groups);
        while (!pending.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not rebuilt within " + PATIENCE + ": " + pending);
            }
            Thread.sleep(POLL.toMillis());
            pending.removeIf(group -> rebuilt(get("/api/operations/read-models/" + group)));
        }
        long wall = System.nanoTime() - start;
        var rates = new LinkedHashMap<String, Double>();
        for (var group : groups) {
            var status = get("/api/operations/read-models/" + group);
            rates.put(group, status.at("/lastRebuild/eventsPerSecond").asDouble());
        }
        return new Rebuilt(events, wall, rates);
    }

    private static boolean rebuilt(JsonNode status) {
        var rebuild = status.get("lastRebuild");
        if (rebuild == null || rebuild.isNull()) {
            return false;
        }
        if (rebuild.get("phase").asString().equals("FAILED")) {
            throw new IllegalStateException("rebuild failed: " + rebuild);
        }
        return !rebuild.get("phase").asString().equals("RESETTING")
                && status.get("state").asString().equals("CAUGHT_UP")
                && status.get("position").asLong()
                        >= rebuild.get("targetPosition").asLong();
    }

    /**
     * The physical limit of a replay: every column of every event row, in global order, in batches of
     * {@value #READ_BATCH} (keyset on the global index, as Axon's storage engine reads); best of {@code runs}.
     */
    SequentialRead readEventTable(int runs) throws SQLException {
        SequentialRead best = null;
        for (int run = 0; run < runs; run++) {
            var read = readOnce();
            if (best == null || read.wallNanos() < best.wallNanos()) {
                best = read;
            }
        }
        return best;
    }

    private SequentialRead readOnce() throws SQLException {
        long rows = 0;
        long bytes = 0;
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                var select = connection.prepareStatement("select globalindex, aggregateidentifier, sequencenumber,"
                        + " type, eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp"
                        + " from domainevententry where globalindex > ? order by globalindex limit " + READ_BATCH)) {
            long after = -1;
            boolean more = true;
            while (more) {
                select.setLong(1, after);
                more = false;
                try (var result = select.executeQuery()) {
                    while (result.next()) {
                        more = true;
                        after = result.getLong(1);
                        result.getString(2);
                        result.getLong(3);
                        result.getString(5);
                        var metadata = result.getBytes(6);
                        bytes += (metadata == null ? 0 : metadata.length) + result.getBytes(7).length;
                        result.getString(9);
                        result.getString(10);
                        rows++;
                    }
                }
            }
        }
        return new SequentialRead(rows, bytes, System.nanoTime() - start);
    }

    private JsonNode get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", QueryLatency.adminBasic())
                .GET()
                .build());
    }

    private HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", QueryLatency.adminBasic())
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode send(HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
