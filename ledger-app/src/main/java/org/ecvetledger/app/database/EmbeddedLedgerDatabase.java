package org.ecvetledger.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 started by the ledger itself, its binaries from Maven Central (zonky).
 * Its cluster lives in {@code <dataDir>/postgres} and is reused on the next start, so recorded
 * data survives a restart. It works as root: zonky runs initdb and postgres in a user namespace
 * ({@code unshare -U}), since PostgreSQL refuses to run as root.
 */
public final class EmbeddedLedgerDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedLedgerDatabase.class);

    private final EmbeddedPostgres postgres;
    private final Path clusterDirectory;

    private EmbeddedLedgerDatabase(EmbeddedPostgres postgres, Path clusterDirectory) {
        this.postgres = postgres;
        this.clusterDirectory = clusterDirectory;
    }

    public static EmbeddedLedgerDatabase start(Path dataDir) {
        var clusterDirectory = dataDir.toAbsolutePath().normalize().resolve("postgres");
        try {
            Files.createDirectories(clusterDirectory);
            boolean existing = Files.exists(clusterDirectory.resolve("postgresql.conf"));
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(clusterDirectory)
                    // never wipe: this is the ledger's own data, not a throw-away test cluster
                    .setCleanDataDirectory(false)
                    // Spring stops it, after everything that uses it; zonky's own JVM hook would stop
                    // it in parallel with the processors' shutdown (STACK-NOTES pitfall 14)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100")
                    // zonky's defaults trade durability for speed (fsync, synchronous_commit and
                    // full_page_writes off); an acknowledged event must survive a power cut here
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            log.info(
                    "Embedded PostgreSQL {} on port {}, cluster {} ({})",
                    serverVersion(postgres),
                    postgres.getPort(),
                    clusterDirectory,
                    existing ? "reused" : "created");
            return new EmbeddedLedgerDatabase(postgres, clusterDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + clusterDirectory, e);
        }
    }

    /**
     * A throw-away cluster in the system's temporary folder, deleted when it stops: for tests and trials.
     * It keeps zonky's speed settings (no fsync, asynchronous commit), which are fine for data that is
     * deleted anyway and must never be used for the persistent cluster.
     */
    public static EmbeddedLedgerDatabase startEphemeral() {
        try {
            var postgres = EmbeddedPostgres.builder()
                    .setCleanDataDirectory(true)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100")
                    .start();
            log.info(
                    "Ephemeral embedded PostgreSQL {} on port {} (deleted when stopped)",
                    serverVersion(postgres),
                    postgres.getPort());
            return new EmbeddedLedgerDatabase(postgres, null);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an ephemeral embedded PostgreSQL", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    public String user() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    /** Where the cluster lives, or null for an ephemeral one. */
    public Path clusterDirectory() {
        return clusterDirectory;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        if (clusterDirectory != null) {
            log.info("Embedded PostgreSQL stopped; data kept in {}", clusterDirectory);
        }
    }

    private static String serverVersion(EmbeddedPostgres postgres) {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery("show server_version")) {
            return result.next() ? result.getString(1) : "?";
        } catch (java.sql.SQLException e) {
            return "?";
        }
    }
}
