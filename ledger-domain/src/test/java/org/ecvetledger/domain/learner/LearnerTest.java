package org.ecvetledger.domain.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LearnerTest {

    private FixtureConfiguration<Learner> fixture;
    private final RecordingProtection protection = new RecordingProtection();
    private final List<LearnerId> shredded = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Learner.class);
        fixture.registerInjectableResource(protection);
        fixture.registerInjectableResource((PersonalDataShredding) shredded::add);
    }

    @Test
    void registering_a_learner_records_their_personal_data_sealed_never_in_clear() {
        var learnerId = aLearnerId();
        var personalData = new PersonalData("Amélie", "Dupont", LocalDate.of(2006, 3, 14));

        fixture.givenNoPriorActivity()
                .when(new RegisterLearner(learnerId, personalData))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new LearnerRegistered(learnerId, protection.sealed(learnerId)));

        assertThat(protection.sealedFor).isEqualTo(learnerId);
        assertThat(protection.sealedData).isEqualTo(personalData);
    }

    @Test
    void the_registered_event_carries_no_personal_data_in_clear() {
        var learnerId = aLearnerId();
        var event = new LearnerRegistered(learnerId, protection.sealed(learnerId));

        assertThat(event.toString()).doesNotContain("Dupont").doesNotContain("2006-03-14");
    }

    @Test
    void S39_erasure_destroys_the_learners_key_and_is_recorded_without_personal_data() {
        var learnerId = aLearnerId();
        var registrar = new Actor(new InstitutionId("MT-MCAST"), "Data protection officer");
        var on = LocalDate.of(2026, 11, 27);

        fixture.given(new LearnerRegistered(learnerId, protection.sealed(learnerId)))
                .when(new ErasePersonalData(learnerId, registrar, on))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new LearnerPersonalDataErased(learnerId, registrar, on));

        assertThat(shredded).containsExactly(learnerId);
    }

    @Test
    void S39_an_erasure_asked_again_records_nothing_more() {
        var learnerId = aLearnerId();
        var registrar = new Actor(new InstitutionId("MT-MCAST"), "Data protection officer");
        var on = LocalDate.of(2026, 11, 27);

        fixture.given(
                        new LearnerRegistered(learnerId, protection.sealed(learnerId)),
                        new LearnerPersonalDataErased(learnerId, registrar, on))
                .when(new ErasePersonalData(learnerId, registrar, on.plusDays(1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();

        assertThat(shredded).isEmpty();
    }

    @Test
    void personal_data_needs_both_names_and_a_date_of_birth() {
        assertThatThrownBy(() -> new PersonalData(" ", "Dupont", LocalDate.of(2006, 3, 14)))
                .hasMessageContaining("givenName");
        assertThatThrownBy(() -> new PersonalData("Amélie", "", LocalDate.of(2006, 3, 14)))
                .hasMessageContaining("familyName");
        assertThatThrownBy(() -> new PersonalData("Amélie", "Dupont", null)).hasMessageContaining("dateOfBirth");
    }

    @Test
    void every_learner_event_type_is_listed_for_registration() {
        assertThat(LearnerRegistration.eventTypes())
                .containsExactly(LearnerRegistered.class, LearnerPersonalDataErased.class);
        assertThat(LearnerRegistration.aggregateType()).isEqualTo(Learner.class);
    }

    private static LearnerId aLearnerId() {
        return new LearnerId(UUID.randomUUID());
    }

    /** A stand-in key store: deterministic "ciphertext" so the fixture can compare events. */
    private static final class RecordingProtection implements PersonalDataProtection {
        LearnerId sealedFor;
        PersonalData sealedData;

        @Override
        public SealedPersonalData seal(LearnerId learnerId, PersonalData personalData) {
            this.sealedFor = learnerId;
            this.sealedData = personalData;
            return sealed(learnerId);
        }

        @Override
        public Optional<PersonalData> open(LearnerId learnerId, SealedPersonalData sealed) {
            throw new AssertionError("the aggregate never opens personal data");
        }

        SealedPersonalData sealed(LearnerId learnerId) {
            return new SealedPersonalData("key-" + learnerId, "TEST", "c2VhbGVk");
        }
    }
}
