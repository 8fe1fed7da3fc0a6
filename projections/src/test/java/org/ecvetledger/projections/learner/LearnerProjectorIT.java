package org.ecvetledger.projections.learner;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import org.ecvetledger.domain.learner.LearnerRegistered;
import org.ecvetledger.domain.learner.SealedPersonalData;
import org.ecvetledger.domain.shared.LearnerId;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The learner view, built from events on a real PostgreSQL with the read model's own migrations. */
class LearnerProjectorIT {

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;
    private LearnerProjector projector;

    @BeforeAll
    static void startDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure()
                .dataSource(postgres.getPostgresDatabase())
                .locations("classpath:db/migration/projections")
                .load()
                .migrate();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void setUp() {
        projector = new LearnerProjector(jdbc);
        projector.reset();
    }

    @Test
    void a_registered_learner_appears_in_the_view_with_their_data_still_sealed() {
        var learnerId = aLearnerId();
        var sealed = sealed("first");
        var at = Instant.parse("2026-11-27T10:15:30.123Z");

        projector.on(new LearnerRegistered(learnerId, sealed), 0, at);

        var view = projector.handle(new FindLearner(learnerId));
        assertThat(view).contains(new LearnerView(learnerId, sealed, at));
    }

    @Test
    void an_unknown_learner_is_not_found() {
        assertThat(projector.handle(new FindLearner(aLearnerId()))).isEmpty();
    }

    @Test
    void redelivering_an_event_changes_nothing() {
        var learnerId = aLearnerId();
        var event = new LearnerRegistered(learnerId, sealed("first"));
        var at = Instant.parse("2026-11-27T10:15:30Z");

        projector.on(event, 0, at);
        projector.on(event, 0, at);

        assertThat(jdbc.queryForObject("select count(*) from rm_learner_view", Integer.class))
                .isEqualTo(1);
        assertThat(projector.handle(new FindLearner(learnerId)))
                .contains(new LearnerView(learnerId, sealed("first"), at));
    }

    @Test
    void an_older_event_never_overwrites_a_newer_state() {
        var learnerId = aLearnerId();
        var newer = Instant.parse("2026-11-27T11:00:00Z");
        projector.on(new LearnerRegistered(learnerId, sealed("newer")), 3, newer);

        projector.on(new LearnerRegistered(learnerId, sealed("older")), 1, Instant.parse("2026-11-27T10:00:00Z"));

        assertThat(projector.handle(new FindLearner(learnerId)))
                .contains(new LearnerView(learnerId, sealed("newer"), newer));
    }

    @Test
    void a_reset_empties_only_the_learner_view() {
        projector.on(new LearnerRegistered(aLearnerId(), sealed("x")), 0, Instant.now());

        projector.reset();

        assertThat(jdbc.queryForObject("select count(*) from rm_learner_view", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history", Integer.class))
                .isPositive();
    }

    private static SealedPersonalData sealed(String ciphertext) {
        return new SealedPersonalData("key-1", "AES-256-GCM", ciphertext);
    }

    private static LearnerId aLearnerId() {
        return new LearnerId(UUID.randomUUID());
    }
}
