package org.ecvetledger.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migration of ADR 0008's fix: a database whose transcript and progress read models hold rows
 * placed by the tracking token has them rebuilt at the next start — their tables emptied, their tokens
 * and dead letters gone — and every other read model keeps its tokens.
 */
class OwnPositionsMigrationIT {

    private static final String BEFORE_THE_FIX = "2026.11.27.260";

    @Test
    void transcript_and_progress_start_again_from_the_first_event_and_nothing_else_does() throws IOException {
        try (var database = EmbeddedLedgerDatabase.startEphemeral()) {
            var dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.user(), "");
            var jdbc = new JdbcTemplate(dataSource);
            migrate(dataSource, BEFORE_THE_FIX);
            for (var group : new String[] {"transcript", "progress", "learner"}) {
                jdbc.update(
                        "insert into tokenentry (processorname, segment, tokentype) values (?, 0, 'GapAwareTrackingToken')",
                        group);
                jdbc.update(
                        """
                        insert into deadletterentry (deadletteridentifier, processinggroup, sequenceidentifier,
                            sequenceindex, messagetype, eventidentifier, timestamp, payloadtype, payload, enqueuedat)
                        values (?, ?, 'stream', 0, 'event', ?, '2026-11-27T00:00:00Z', 'LearnerEnrolled', '\\x7b7d',
                            '2026-11-27T00:00:00Z')
                        """,
                        UUID.randomUUID().toString(),
                        group,
                        UUID.randomUUID().toString());
            }
            jdbc.update(
                    "insert into rm_transcript_standard (standard_ref, jurisdiction, framework) values ('X@1', 'FR', 'ECVET')");
            jdbc.update("""
                    insert into rm_progress_pathway_event (event_id, learner_id, qualification_id, sequence_number,
                        global_index, event_type, effective_date, recorded_at)
                    values ('e1', ?, 'X', 0, 1527, 'LearnerEnrolled', '2026-09-01', now())
                    """, UUID.randomUUID());

            migrate(dataSource, "latest");

            assertThat(jdbc.queryForList("select processorname from tokenentry", String.class))
                    .containsExactly("learner");
            assertThat(jdbc.queryForList("select processinggroup from deadletterentry", String.class))
                    .containsExactly("learner");
            assertThat(jdbc.queryForObject("select count(*) from rm_transcript_standard", Long.class))
                    .isZero();
            assertThat(jdbc.queryForObject("select count(*) from rm_progress_pathway_event", Long.class))
                    .isZero();
        }
    }

    private static void migrate(javax.sql.DataSource dataSource, String target) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/ledger", "classpath:db/migration/projections")
                .outOfOrder(true)
                .target(target)
                .load()
                .migrate();
    }
}
