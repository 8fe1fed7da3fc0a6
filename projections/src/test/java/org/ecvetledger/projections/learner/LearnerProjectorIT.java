package org.ecvetledger.projections.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.ecvetledger.domain.learner.LearnerRegistered;
import org.ecvetledger.domain.learner.PersonalData;
import org.ecvetledger.domain.learner.PersonalDataProtection;
import org.ecvetledger.domain.learner.SealedPersonalData;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.projections.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The learner view, built from events on a real PostgreSQL with the read model's own migrations. */
class LearnerProjectorIT {

    private static final JdbcTemplate jdbc = ReadModelDatabase.jdbc();
    private LearnerProjector projector;

    @BeforeEach
    void setUp() {
        projector = new LearnerProjector(jdbc, new TestProtection());
        projector.reset();
    }

    @Test
    void a_registered_learner_appears_in_the_view_with_their_data_sealed_in_the_table() {
        var learnerId = aLearnerId();
        var at = Instant.parse("2026-11-27T10:15:30.123Z");

        projector.on(new LearnerRegistered(learnerId, sealed("Dupont")), 0, at);

        assertThat(projector.handle(new FindLearner(learnerId)))
                .contains(new LearnerView(learnerId, opened("Dupont"), false, at));
        assertThat(jdbc.queryForObject(
                        "select pd_ciphertext from rm_learner_view where learner_id = ?",
                        String.class,
                        learnerId.value()))
                .isEqualTo("sealed:Dupont");
    }

    @Test
    void once_the_key_is_destroyed_the_view_says_the_personal_data_is_erased() {
        var learnerId = aLearnerId();
        var at = Instant.parse("2026-11-27T10:15:30Z");

        projector.on(new LearnerRegistered(learnerId, sealed(TestProtection.SHREDDED)), 0, at);

        assertThat(projector.handle(new FindLearner(learnerId))).contains(new LearnerView(learnerId, null, true, at));
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
                .contains(new LearnerView(learnerId, opened("first"), false, at));
    }

    @Test
    void an_older_event_never_overwrites_a_newer_state() {
        var learnerId = aLearnerId();
        var newer = Instant.parse("2026-11-27T11:00:00Z");
        projector.on(new LearnerRegistered(learnerId, sealed("newer")), 3, newer);

        projector.on(new LearnerRegistered(learnerId, sealed("older")), 1, Instant.parse("2026-11-27T10:00:00Z"));

        assertThat(projector.handle(new FindLearner(learnerId)))
                .contains(new LearnerView(learnerId, opened("newer"), false, newer));
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

    private static SealedPersonalData sealed(String familyName) {
        return new SealedPersonalData("key-1", "TEST", "sealed:" + familyName);
    }

    private static PersonalData opened(String familyName) {
        return new PersonalData("Test", familyName, LocalDate.of(2000, 1, 1));
    }

    /** Stand-in for the key store: "opens" by reading the family name back; one family name stands for a shredded key. */
    private static final class TestProtection implements PersonalDataProtection {
        static final String SHREDDED = "shredded";

        @Override
        public SealedPersonalData seal(LearnerId learnerId, PersonalData personalData) {
            return sealed(personalData.familyName());
        }

        @Override
        public Optional<PersonalData> open(LearnerId learnerId, SealedPersonalData sealed) {
            var familyName = sealed.ciphertext().substring("sealed:".length());
            return familyName.equals(SHREDDED) ? Optional.empty() : Optional.of(opened(familyName));
        }
    }

    private static LearnerId aLearnerId() {
        return new LearnerId(UUID.randomUUID());
    }
}
