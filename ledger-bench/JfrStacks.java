import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
  * The stack shares of a recording's CPU samples, read straight from the {@code .jfr} file in one pass.
  * It does what {@code jfr-stacks.py} does on the text of {@code jfr print}, for recordings too long to
  * print: the full-mode bench (two to three hours) samples a few million stacks, gigabytes as text.
  *
  * <pre>
  * WINDOWS='c1=06:45:00-07:10:00,rebuild=08:30:00-09:05:00' THREADS='pool-\d+-thread-\d+|main' \
  *     java ledger-bench/JfrStacks.java ledger-bench/target/bench.jfr 'org\.ecvetledger|Jackson3Serializer' 30
  * </pre>
  *
  * For each window (times of day in the machine's zone, as the bench log prints them) and the
  * samples of the threads matching THREADS (a window may name its own: {@code name=from-to@regex}),
  * it prints the number of samples, the methods matching the pattern ranked by the share of samples
  * that have them anywhere on the stack (inclusive), and the frames ranked by the share of samples in
  * which they are on top (self). Standard library only; runs on Java 17 as a single-file program.
  */
public class JfrStacks {

    record Window(String name, LocalTime from, LocalTime to, Pattern threads) {}

    static final class Tally {
        long samples;
        final Map<String, Long> inclusive = new HashMap<>();
        final Map<String, Long> self = new HashMap<>();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: WINDOWS=name=hh:mm:ss-hh:mm:ss[@threads],... [THREADS=regex] java JfrStacks.java file.jfr PATTERN [N]");
            System.exit(2);
        }
        Pattern defaultThreads =
                Pattern.compile(System.getenv().getOrDefault("THREADS", "pool-\\d+-thread-\\d+|main"));
        List<Window> windows = new ArrayList<>();
        for (String spec : System.getenv().getOrDefault("WINDOWS", "all=00:00:00-23:59:59").split(",")) {
            String[] nameAndRest = spec.split("=", 2);
            String[] rangeAndThreads = nameAndRest[1].split("@", 2);
            String[] range = rangeAndThreads[0].split("-");
            Pattern threads =
                    rangeAndThreads.length > 1 ? Pattern.compile(rangeAndThreads[1]) : defaultThreads;
            windows.add(
                    new Window(nameAndRest[0], LocalTime.parse(range[0]), LocalTime.parse(range[1]), threads));
        }
        Pattern methods = Pattern.compile(args[1]);
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        ZoneId zone = ZoneId.systemDefault();

        Map<Window, Tally> tallies = new LinkedHashMap<>();
        windows.forEach(w -> tallies.put(w, new Tally()));
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")
                        || event.getStackTrace() == null) {
                    continue;
                }
                LocalTime when = LocalTime.ofInstant(event.getStartTime(), zone);
                var thread = event.getThread("sampledThread");
                String threadName = thread == null ? "" : String.valueOf(thread.getJavaName());
                List<String> frames = null;
                for (Window window : windows) {
                    if (when.isBefore(window.from())
                            || when.isAfter(window.to())
                            || !window.threads().matcher(threadName).matches()) {
                        continue;
                    }
                    if (frames == null) {
                        frames = new ArrayList<>();
                        for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                            frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
                        }
                    }
                    Tally tally = tallies.get(window);
                    tally.samples++;
                    if (!frames.isEmpty()) {
                        tally.self.merge(frames.get(0), 1L, Long::sum);
                    }
                    Set<String> seen = new HashSet<>(frames);
                    for (String method : seen) {
                        if (methods.matcher(method).find()) {
                            tally.inclusive.merge(method, 1L, Long::sum);
                        }
                    }
                }
            }
        }
        tallies.forEach(
                (window, tally) -> {
                    System.out.printf(
                            "%n== %s %s-%s threads %s: %d samples%n",
                            window.name(), window.from(), window.to(), window.threads(), tally.samples);
                    System.out.println("-- inclusive (methods matching the pattern)");
                    print(tally.inclusive, tally.samples, top);
                    System.out.println("-- self (top frame)");
                    print(tally.self, tally.samples, top);
                });
    }

    private static void print(Map<String, Long> counts, long samples, int top) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(
                        e ->
                                System.out.printf(
                                        "%5.1f %%  %s%n", samples == 0 ? 0.0 : 100.0 * e.getValue() / samples, e.getKey()));
    }
}
