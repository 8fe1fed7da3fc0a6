package org.ecvetledger.bench;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ecvetledger.bench.LedgerCommandBench.Level;
import org.ecvetledger.bench.LedgerCommandBench.Mode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Issue 8 item 5: the machine-readable {@code results.json} and the PNG plot of one bench run. */
final class BenchResults {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BenchResults() {}

    static String json(
            Mode mode,
            Instant started,
            String loadBefore,
            String loadAfter,
            long events,
            List<Level> ledger,
            List<Level> limit,
            List<Level> alone,
            List<Level> inserts,
            HistoryLatency.Result history,
            ReadModelRebuild.Rebuilt rebuilt,
            ReadModelRebuild.SequentialRead sequential,
            List<QueryLatency.Measured> queries,
            double ledgerHeapMiB,
            double runHeapMiB,
            double rssMiB,
            String summary) {
        var root = JSON.createObjectNode();
        root.put("mode", mode.name());
        root.put("started", started.toString());
        root.put("cores", Runtime.getRuntime().availableProcessors());
        root.put("java", System.getProperty("java.version"));
        root.put("loadAverageAtStart", loadBefore);
        root.put("loadAverageAtEnd", loadAfter);
        root.put("learners", mode.learners());
        root.put("eventsAfterLedgerPhase", events);
        var commands = root.putArray("commands");
        for (int i = 0; i < ledger.size(); i++) {
            var level = commands.addObject();
            level(level, ledger.get(i), "commandsPerSecond");
            var raw = level.putObject("rawCommandTransaction");
            level(raw, limit.get(i), "transactionsPerSecond");
            level.put("ratio", ledger.get(i).perSecond() / limit.get(i).perSecond());
            // CPU (JVM + PostgreSQL) per operation: the raw transaction's over the command's
            level.put(
                    "cpuRatio",
                    limit.get(i).cpuMillisPerOperation() / ledger.get(i).cpuMillisPerOperation());
        }
        var commandPath = root.putArray("commandPathAlone");
        for (int i = 0; i < alone.size(); i++) {
            var level = commandPath.addObject();
            level(level, alone.get(i), "commandsPerSecond");
            level.put("ratio", alone.get(i).perSecond() / limit.get(i).perSecond());
            level.put(
                    "cpuRatio",
                    limit.get(i).cpuMillisPerOperation() / alone.get(i).cpuMillisPerOperation());
        }
        var rawInserts = root.putArray("rawInsert");
        for (var insert : inserts) {
            level(rawInserts.addObject(), insert, "insertsPerSecond");
        }
        var historyNode = root.putObject("historyLength");
        historyNode.put("learners", history.learners());
        var snapshots = historyNode.putArray("latestSnapshotSequencePerPathway");
        history.latestSnapshots().forEach(snapshots::add);
        historyNode.put("ratioP50At1000To10", history.ratio());
        var windows = historyNode.putArray("windows");
        for (var window : history.windows()) {
            var node = windows.addObject();
            node.put("events", window.length());
            node.put("from", window.from());
            node.put("to", window.to());
            node.put("commands", window.latencies().length);
            node.put("p50Ms", window.percentileMillis(0.5));
            node.put("p99Ms", window.percentileMillis(0.99));
        }
        var rebuild = root.putObject("rebuild");
        rebuild.put("events", rebuilt.events());
        rebuild.put("wallSeconds", rebuilt.wallNanos() / 1e9);
        rebuild.put("eventsPerSecond", rebuilt.eventsPerSecond());
        rebuild.put("rawReadRowsPerSecond", sequential.rowsPerSecond());
        rebuild.put("ratio", rebuilt.eventsPerSecond() / sequential.rowsPerSecond());
        var groups = rebuild.putObject("groupEventsPerSecond");
        rebuilt.groupEventsPerSecond().forEach(groups::put);
        var queryNode = root.putObject("queries");
        for (var query : queries) {
            var node = queryNode.putObject(query.name());
            node.put("requests", query.latencies().length);
            node.put("p50Ms", query.percentileMillis(0.5));
            node.put("p99Ms", query.percentileMillis(0.99));
        }
        var memory = root.putObject("memory");
        memory.put("peakHeapLedgerPhaseMiB", ledgerHeapMiB);
        memory.put("peakHeapRunMiB", runHeapMiB);
        memory.put("peakRssMiB", rssMiB);
        root.put("summary", summary);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static void level(ObjectNode node, Level level, String rateName) {
        node.put("concurrency", level.concurrency());
        node.put("operations", level.operations());
        node.put(rateName, level.perSecond());
        node.put("p50Ms", level.percentileMillis(0.5));
        node.put("p99Ms", level.percentileMillis(0.99));
        node.put("cpuMsPerOperation", level.cpuMillisPerOperation());
    }

    static void plot(
            Path file,
            Mode mode,
            Instant started,
            String load,
            List<Level> ledger,
            List<Level> limit,
            HistoryLatency.Result history)
            throws IOException {
        var blue = new Color(31, 119, 180);
        var orange = new Color(255, 127, 14);
        var grey = new Color(150, 150, 150);
        var concurrency = new LatencyPlot.Panel(
                "Command latency against concurrency",
                "concurrent clients (log)",
                List.of(
                        series("ledger p50", blue, false, ledger, 0.5),
                        series("ledger p99", blue, true, ledger, 0.99),
                        series("JDBC limit p50", orange, false, limit, 0.5),
                        series("JDBC limit p99", orange, true, limit, 0.99)),
                new double[] {1, 8, 32});
        var byLength = new ArrayList<double[]>();
        var medians = history.medianByLength();
        // a running median over the same half-width as the windows, so one slow command does not hide the trend
        for (int events = 1; events < medians.length; events++) {
            int half = HistoryLatency.halfWindow(events);
            var around = new ArrayList<Double>();
            for (int e = Math.max(1, events - half); e <= Math.min(medians.length - 1, events + half); e++) {
                around.add(medians[e]);
            }
            around.sort(Double::compare);
            byLength.add(new double[] {events, around.get(around.size() / 2)});
        }
        var p50 = new ArrayList<double[]>();
        var p99 = new ArrayList<double[]>();
        for (var window : history.windows()) {
            p50.add(new double[] {window.length(), window.percentileMillis(0.5)});
            p99.add(new double[] {window.length(), window.percentileMillis(0.99)});
        }
        var historyPanel = new LatencyPlot.Panel(
                "ValidateCredit latency against the learner's history",
                "events in the learner's pathway (log)",
                List.of(
                        new LatencyPlot.Series("running median", grey, false, false, byLength),
                        new LatencyPlot.Series("window p50", blue, false, true, p50),
                        new LatencyPlot.Series("window p99", blue, true, true, p99)),
                new double[] {1, 10, 100, 1_000});
        LatencyPlot.write(
                file,
                "ledger-bench %s mode, %s UTC, %d cores, load average at start %s; JDBC limit = read ~20 rows, insert one, commit"
                        .formatted(
                                mode.name(),
                                started.toString().substring(0, 16).replace('T', ' '),
                                Runtime.getRuntime().availableProcessors(),
                                load),
                concurrency,
                historyPanel);
    }

    private static LatencyPlot.Series series(String name, Color colour, boolean dashed, List<Level> levels, double p) {
        var points = new ArrayList<double[]>();
        for (var level : levels) {
            points.add(new double[] {level.concurrency(), level.percentileMillis(p)});
        }
        return new LatencyPlot.Series(name, colour, dashed, true, points);
    }
}
