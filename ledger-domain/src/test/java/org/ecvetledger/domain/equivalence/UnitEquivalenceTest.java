package org.ecvetledger.domain.equivalence;

import static org.ecvetledger.domain.catalogue.RuleViolations.violates;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ecvetledger.domain.catalogue.CatalogueFixtures;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnitEquivalenceTest {

    private static final EquivalenceId ID = new EquivalenceId(UUID.fromString("01a21e00-0000-7000-8000-000000000001"));
    private static final UnitRef MOTO = UnitRef.of("MOTO-RECEPTION", 1);
    private static final UnitRef CAR = UnitRef.of("CAR-RECEPTION", 1);
    private static final LocalDate DAY = LocalDate.of(2025, 1, 1);

    private FixtureConfiguration<UnitEquivalence> fixture;
    private final CatalogueFixtures.Lookups lookups = new CatalogueFixtures.Lookups()
            .publishedUnit(MOTO)
            .publishedUnit(CAR, "LO1", "LO2", "LO3", "LO4", "LO5", "LO6");

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UnitEquivalence.class);
        fixture.registerInjectableResource(lookups);
    }

    private static EquivalenceTerms full() {
        return new EquivalenceTerms(
                MOTO, CAR, Coverage.FULL, List.of(), EquivalenceBasis.COMPETENCE_MATRIX, "ESYCQ matrix 2015");
    }

    private static EquivalenceTerms partial() {
        return new EquivalenceTerms(
                MOTO, CAR, Coverage.PARTIAL, List.of("LO1", "LO2", "LO3", "LO4"), EquivalenceBasis.MOU, "MoU 2024-17");
    }

    @Test
    void a_competent_institution_declares_an_equivalence_version_one() {
        fixture.givenNoPriorActivity()
                .when(new DeclareUnitEquivalence(ID, full(), CatalogueFixtures.MCAST, DAY))
                .expectEvents(new UnitEquivalenceDeclared(ID, 1, full(), CatalogueFixtures.MCAST, DAY));
    }

    @Test
    void a_partial_equivalence_lists_outcomes_the_target_unit_has() {
        var bad = new EquivalenceTerms(MOTO, CAR, Coverage.PARTIAL, List.of("LO9"), EquivalenceBasis.MOU, "MoU");
        fixture.givenNoPriorActivity()
                .when(new DeclareUnitEquivalence(ID, bad, CatalogueFixtures.MCAST, DAY))
                .expectNoEvents()
                .expectException(violates("unknown-learning-outcome"));
    }

    @Test
    void both_units_must_be_in_the_catalogue() {
        var unknown = new EquivalenceTerms(
                UnitRef.of("GHOST", 1), CAR, Coverage.FULL, List.of(), EquivalenceBasis.REGULATION, "Decree");
        fixture.givenNoPriorActivity()
                .when(new DeclareUnitEquivalence(ID, unknown, CatalogueFixtures.MCAST, DAY))
                .expectException(violates("unknown-unit"));
    }

    @Test
    void a_revision_is_a_new_version_and_a_withdrawn_equivalence_stays_withdrawn() {
        fixture.given(new UnitEquivalenceDeclared(ID, 1, full(), CatalogueFixtures.MCAST, DAY))
                .when(new ReviseUnitEquivalence(ID, partial(), CatalogueFixtures.MCAST, DAY.plusMonths(6)))
                .expectEvents(new UnitEquivalenceRevised(ID, 2, partial(), CatalogueFixtures.MCAST, DAY.plusMonths(6)));

        fixture.given(
                        new UnitEquivalenceDeclared(ID, 1, full(), CatalogueFixtures.MCAST, DAY),
                        new UnitEquivalenceWithdrawn(
                                ID, 1, CatalogueFixtures.MCAST, DAY.plusYears(1), "matrix retired"))
                .when(new ReviseUnitEquivalence(ID, partial(), CatalogueFixtures.MCAST, DAY.plusYears(2)))
                .expectNoEvents()
                .expectException(violates("equivalence-withdrawn"));
    }
}
