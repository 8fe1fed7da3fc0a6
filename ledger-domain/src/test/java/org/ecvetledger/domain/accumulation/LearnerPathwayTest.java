package org.ecvetledger.domain.accumulation;

import static org.ecvetledger.domain.catalogue.RuleViolations.violates;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ecvetledger.domain.catalogue.CatalogueFixtures;
import org.ecvetledger.domain.learner.LearnerDirectory;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LearnerPathwayTest {

    private static final QualificationRef BACPRO = QualificationRef.of("FR-BACPRO-MELEC", 1);
    private static final LocalDate SEPTEMBER = LocalDate.of(2024, 9, 2);

    private final LearnerId lea = new LearnerId(UUID.fromString("01a21e00-0000-7000-8000-00000000000a"));
    private final Learners learners = new Learners();
    private final CatalogueFixtures.Lookups catalogue = new CatalogueFixtures.Lookups().standard(BACPRO, true);
    private FixtureConfiguration<LearnerPathway> fixture;

    @BeforeEach
    void setUp() {
        learners.registered.add(lea);
        fixture = new AggregateTestFixture<>(LearnerPathway.class);
        fixture.registerInjectableResource(learners);
        fixture.registerInjectableResource(catalogue);
    }

    @Test
    void a_registered_learner_is_enrolled_in_a_published_standard_version() {
        fixture.givenNoPriorActivity()
                .when(new EnrolLearner(
                        lea, BACPRO, new Actor(CatalogueFixtures.MINISTRY_FR, "enrolment officer"), SEPTEMBER))
                .expectEvents(new LearnerEnrolled(
                        new PathwayId(lea, BACPRO.id()),
                        BACPRO,
                        new Actor(CatalogueFixtures.MINISTRY_FR, "enrolment officer"),
                        SEPTEMBER));
    }

    @Test
    void the_pathway_of_a_learner_in_a_qualification_is_one_stream_for_all_its_versions() {
        var v2 = QualificationRef.of("FR-BACPRO-MELEC", 2);
        var first =
                new EnrolLearner(lea, BACPRO, new Actor(CatalogueFixtures.MINISTRY_FR, "enrolment officer"), SEPTEMBER);
        var second = new EnrolLearner(
                lea, v2, new Actor(CatalogueFixtures.MINISTRY_FR, "enrolment officer"), SEPTEMBER.plusYears(1));

        org.assertj.core.api.Assertions.assertThat(second.pathwayId()).isEqualTo(first.pathwayId());
    }

    @Test
    void only_a_registered_learner_can_be_enrolled() {
        fixture.givenNoPriorActivity()
                .when(new EnrolLearner(
                        new LearnerId(UUID.randomUUID()),
                        BACPRO,
                        new Actor(CatalogueFixtures.MINISTRY_FR, "enrolment officer"),
                        SEPTEMBER))
                .expectNoEvents()
                .expectException(violates("unknown-learner"));
    }

    @Test
    void only_a_published_standard_takes_enrolments() {
        fixture.givenNoPriorActivity()
                .when(new EnrolLearner(
                        lea,
                        QualificationRef.of("NOT-PUBLISHED", 1),
                        new Actor(CatalogueFixtures.MINISTRY_FR, "enrolment officer"),
                        SEPTEMBER))
                .expectNoEvents()
                .expectException(violates("standard-not-published"));
    }

    @Test
    void the_enrolling_institution_must_be_registered() {
        fixture.givenNoPriorActivity()
                .when(new EnrolLearner(
                        lea, BACPRO, new Actor(new InstitutionId("NOBODY"), "enrolment officer"), SEPTEMBER))
                .expectNoEvents()
                .expectException(violates("unknown-institution"));
    }

    private static final class Learners implements LearnerDirectory {
        final Set<LearnerId> registered = new HashSet<>();

        @Override
        public boolean isRegistered(LearnerId learner) {
            return registered.contains(learner);
        }
    }
}
