package org.ecvetledger.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * CPU time spent by this JVM and by the PostgreSQL server it runs against (the postmaster with
 * every backend and helper process it started), read from {@code /proc}.
 *
 * <p>Throughput on a shared two-core machine says as much about the neighbours as about the code;
 * CPU time per operation, on both sides of the socket, barely moves with them. The ledger's CPU per
 * command against the plain-JDBC transaction's CPU gives a ratio that survives a noisy machine
 * (docs/benchmarks.md). Backends that exit are counted through the postmaster's reaped-children time.
 */
final class CpuClock {

    private static final double TICK_NANOS = 1e9 / clockTicksPerSecond();

    private final long postmaster;

    private CpuClock(long postmaster) {
        this.postmaster = postmaster;
    }

    /** The clock for the PostgreSQL server listening on {@code port} of this machine; JVM only if none is found. */
    static CpuClock forPostgresOn(int port) {
        var arguments = Pattern.compile("(^|\u0000)-p\u0000" + port + "(\u0000|$)");
        try (var processes = Files.list(Path.of("/proc"))) {
            long pid = processes
                    .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> {
                        var cmdline = read(p.resolve("cmdline"));
                        return cmdline.contains("postgres")
                                && arguments.matcher(cmdline).find();
                    })
                    .mapToLong(p -> Long.parseLong(p.getFileName().toString()))
                    .findFirst()
                    .orElse(-1);
            return new CpuClock(pid);
        } catch (IOException e) {
            return new CpuClock(-1);
        }
    }

    boolean seesPostgres() {
        return postmaster > 0;
    }

    /** JVM plus PostgreSQL CPU time so far, in nanoseconds. */
    long nanos() {
        return jvmNanos() + postgresNanos();
    }

    static long jvmNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    long postgresNanos() {
        if (postmaster <= 0) {
            return 0;
        }
        long ticks = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (var process : (Iterable<Path>) processes::iterator) {
                var name = process.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                var stat = fields(read(process.resolve("stat")));
                if (stat == null) {
                    continue;
                }
                long pid = Long.parseLong(name);
                if (pid == postmaster) {
                    // its own time and that of the children it has reaped (backends that exited)
                    ticks += stat[11] + stat[12] + stat[13] + stat[14];
                } else if (stat[1] == postmaster) {
                    ticks += stat[11] + stat[12];
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return Math.round(ticks * TICK_NANOS);
    }

    /** The numeric fields of {@code /proc/<pid>/stat} after the command name: [0] state (0), [1] ppid, [11] utime … [14] cstime. */
    private static long[] fields(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return null;
        }
        var parts = stat.substring(close + 2).trim().split(" ");
        if (parts.length < 15) {
            return null;
        }
        var numbers = new long[15];
        for (int i = 1; i < 15; i++) {
            numbers[i] = Long.parseLong(parts[i]);
        }
        return numbers;
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static long clockTicksPerSecond() {
        try {
            var getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
            var out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            getconf.waitFor();
            return Long.parseLong(out);
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
