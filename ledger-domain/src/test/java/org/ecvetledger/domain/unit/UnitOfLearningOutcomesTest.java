package org.ecvetledger.domain.unit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecvetledger.domain.catalogue.CatalogueFixtures.aUnitDescription;
import static org.ecvetledger.domain.catalogue.RuleViolations.violates;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ecvetledger.domain.catalogue.CatalogueFixtures;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnitOfLearningOutcomesTest {

    private static final UnitRef U31 = UnitRef.of("U31", 1);
    private static final LocalDate DAY = LocalDate.of(2024, 9, 1);

    private FixtureConfiguration<UnitOfLearningOutcomes> fixture;
    private final CatalogueFixtures.Lookups lookups = new CatalogueFixtures.Lookups();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UnitOfLearningOutcomes.class);
        fixture.registerInjectableResource(lookups);
    }

    @Test
    void a_unit_is_drafted_with_its_learning_outcomes() {
        var description = aUnitDescription("Preparation of an installation");
        fixture.givenNoPriorActivity()
                .when(new DefineUnit(U31, description))
                .expectEvents(new UnitDefined(U31, description));
    }

    @Test
    void the_owner_must_be_a_registered_institution() {
        var sample = aUnitDescription("x");
        var description = new UnitDescription(
                sample.title(), sample.learningOutcomes(), List.of(), Set.of(), null, new InstitutionId("NOBODY"));
        fixture.givenNoPriorActivity()
                .when(new DefineUnit(U31, description))
                .expectNoEvents()
                .expectException(violates("unknown-institution"));
    }

    @Test
    void a_second_version_needs_the_first() {
        fixture.givenNoPriorActivity()
                .when(new DefineUnit(UnitRef.of("U31", 2), aUnitDescription("Revised")))
                .expectException(violates("previous-version-missing"));

        lookups.publishedUnit(U31);
        fixture.givenNoPriorActivity()
                .when(new DefineUnit(UnitRef.of("U31", 2), aUnitDescription("Revised")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_draft_can_be_amended_until_it_is_published_then_it_is_frozen() {
        var first = aUnitDescription("Preparation");
        var second = aUnitDescription("Preparation of an installation", "LO1", "LO2", "LO3");
        fixture.given(new UnitDefined(U31, first))
                .when(new AmendUnitDraft(U31, second))
                .expectEvents(new UnitDraftAmended(U31, second));

        fixture.given(new UnitDefined(U31, first), new UnitPublished(U31, DAY))
                .when(new AmendUnitDraft(U31, second))
                .expectNoEvents()
                .expectException(violates("published-version-is-frozen"));
    }

    @Test
    void a_unit_is_published_once() {
        fixture.given(new UnitDefined(U31, aUnitDescription("Preparation")))
                .when(new PublishUnit(U31, DAY))
                .expectEvents(new UnitPublished(U31, DAY));

        fixture.given(new UnitDefined(U31, aUnitDescription("Preparation")), new UnitPublished(U31, DAY))
                .when(new PublishUnit(U31, DAY))
                .expectException(violates("published-version-is-frozen"));
    }

    @Test
    void learning_outcomes_are_unique_within_a_unit_and_eqf_levels_run_from_1_to_8() {
        assertThatThrownBy(() -> aUnitDescription("x", "LO1", "LO1")).hasMessageContaining("LO1 appears twice");
        var sample = aUnitDescription("x");
        assertThatThrownBy(() -> new UnitDescription(
                        sample.title(),
                        sample.learningOutcomes(),
                        null,
                        Set.of(9),
                        null,
                        CatalogueFixtures.MINISTRY_FR))
                .hasMessageContaining("EQF");
    }
}
