package org.ecvetledger.projections;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One real PostgreSQL for every projector test of this module, migrated with the read models' own
 * scripts: started on first use, stopped when the test JVM ends. Each test resets the tables of the
 * read model it exercises (their projectors' reset handlers), so tests stay independent.
 */
public final class ReadModelDatabase {

    private static JdbcTemplate jdbc;

    private ReadModelDatabase() {}

    public static synchronized JdbcTemplate jdbc() {
        if (jdbc == null) {
            try {
                var postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
                Flyway.configure()
                        .dataSource(postgres.getPostgresDatabase())
                        .locations("classpath:db/migration/projections")
                        .load()
                        .migrate();
                jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the read models' test database", e);
            }
        }
        return jdbc;
    }
}
