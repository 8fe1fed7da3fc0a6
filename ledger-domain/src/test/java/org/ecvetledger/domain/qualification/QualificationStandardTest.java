package org.ecvetledger.domain.qualification;

import static org.ecvetledger.domain.catalogue.CatalogueFixtures.aProfileWithoutPoints;
import static org.ecvetledger.domain.catalogue.CatalogueFixtures.anEcvetProfile;
import static org.ecvetledger.domain.catalogue.RuleViolations.findings;
import static org.ecvetledger.domain.catalogue.RuleViolations.violates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ecvetledger.domain.catalogue.CatalogueFixtures;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QualificationStandardTest {

    private static final QualificationRef MQF4 = QualificationRef.of("MT-HSC-4", 1);
    private static final QualificationRef BACPRO = QualificationRef.of("FR-BACPRO-MELEC", 1);
    private static final UnitRef M1 = UnitRef.of("M1", 1);
    private static final UnitRef C1 = UnitRef.of("C1", 1);
    private static final UnitRef C2 = UnitRef.of("C2", 1);
    private static final UnitRef C3 = UnitRef.of("C3", 1);
    private static final LocalDate DAY = LocalDate.of(2025, 9, 1);

    private FixtureConfiguration<QualificationStandard> fixture;
    private final CatalogueFixtures.Lookups lookups = new CatalogueFixtures.Lookups()
            .publishedUnit(M1)
            .publishedUnit(C1)
            .publishedUnit(C2)
            .publishedUnit(C3);

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(QualificationStandard.class);
        fixture.registerInjectableResource(lookups);
    }

    private static QualificationStandardDrafted drafted(QualificationRef standard, QualificationProfile profile) {
        return new QualificationStandardDrafted(standard, profile, List.of());
    }

    private static UnitAttachedToQualification attached(
            QualificationRef standard, UnitRef unit, UnitRole role, String group, Long points, Integer coefficient) {
        return new UnitAttachedToQualification(
                standard,
                new AttachedUnit(
                        unit,
                        role,
                        group,
                        points == null ? null : CreditPoints.of(points),
                        coefficient == null ? null : BigDecimal.valueOf(coefficient),
                        false,
                        null));
    }

    private static AwardRuleSetDefined rules(QualificationRef standard, AwardRule... rules) {
        return new AwardRuleSetDefined(standard, new AwardRuleSet(List.of(rules)));
    }

    /** Malta-style: 120 points = 2 × 60, mandatory M1 (30) and electives worth at least 90 (S17, S18). */
    private Object[] aConsistentEcvetStandard() {
        return new Object[] {
            drafted(MQF4, anEcvetProfile(120, "2")),
            attached(MQF4, M1, UnitRole.MANDATORY, null, 30L, null),
            attached(MQF4, C1, UnitRole.ELECTIVE, "courses", 20L, null),
            attached(MQF4, C2, UnitRole.ELECTIVE, "courses", 40L, null),
            attached(MQF4, C3, UnitRole.ELECTIVE, "courses", 60L, null),
            rules(
                    MQF4,
                    new AwardRule.AllMandatoryUnits(),
                    new AwardRule.ElectiveGroup("courses", null, CreditPoints.of(90)))
        };
    }

    @Test
    void a_consistent_standard_is_published_and_then_frozen() {
        fixture.given(aConsistentEcvetStandard())
                .when(new PublishQualificationStandard(MQF4, DAY))
                .expectEvents(new QualificationStandardPublished(MQF4, DAY));

        var published = new java.util.ArrayList<>(List.of(aConsistentEcvetStandard()));
        published.add(new QualificationStandardPublished(MQF4, DAY));
        fixture.given(published)
                .when(new DetachUnit(MQF4, C1))
                .expectNoEvents()
                .expectException(violates("published-version-is-frozen"));
    }

    @Test
    void S37_mandatory_points_above_the_total_are_refused_as_points_inconsistent() {
        fixture.given(
                        drafted(MQF4, anEcvetProfile(120, "2")),
                        attached(MQF4, M1, UnitRole.MANDATORY, null, 70L, null),
                        attached(MQF4, C1, UnitRole.MANDATORY, null, 60L, null),
                        rules(MQF4, new AwardRule.AllMandatoryUnits()))
                .when(new PublishQualificationStandard(MQF4, DAY))
                .expectNoEvents()
                .expectException(violates("points-inconsistent"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("mandatory units carry 130 points"));
    }

    @Test
    void S37_a_standard_without_a_credit_framework_carries_no_points() {
        fixture.given(drafted(BACPRO, aProfileWithoutPoints()))
                .when(new AttachUnit(BACPRO, M1, UnitRole.MANDATORY, null, CreditPoints.of(10), BigDecimal.ONE, false))
                .expectNoEvents()
                .expectException(violates("points-not-allowed"));

        var withTotal = new QualificationProfile(
                aProfileWithoutPoints().title(),
                aProfileWithoutPoints().jurisdiction(),
                aProfileWithoutPoints().awardingBodies(),
                4,
                "4",
                false,
                false,
                org.ecvetledger.domain.shared.CreditFramework.NONE,
                CreditPoints.of(120),
                null,
                aProfileWithoutPoints().gradingScale(),
                null,
                null);
        fixture.given(
                        drafted(BACPRO, withTotal),
                        attached(BACPRO, M1, UnitRole.MANDATORY, null, null, 4),
                        rules(BACPRO, new AwardRule.AllMandatoryUnits()))
                .when(new PublishQualificationStandard(BACPRO, DAY))
                .expectException(findings("points-not-allowed"));
    }

    @Test
    void S24_a_standard_without_points_publishes_with_coefficients_and_no_points() {
        fixture.given(
                        drafted(BACPRO, aProfileWithoutPoints()),
                        attached(BACPRO, M1, UnitRole.MANDATORY, null, null, 4),
                        attached(BACPRO, C1, UnitRole.MANDATORY, null, null, 2),
                        attached(BACPRO, C2, UnitRole.OPTIONAL, null, null, null),
                        rules(
                                BACPRO,
                                new AwardRule.AllMandatoryUnits(),
                                new AwardRule.WeightedAverage(BigDecimal.TEN, ThresholdComparator.AT_LEAST, false)))
                .when(new PublishQualificationStandard(BACPRO, DAY))
                .expectEvents(new QualificationStandardPublished(BACPRO, DAY));
    }

    @Test
    void R6a_ecvet_total_points_are_sixty_per_reference_year() {
        fixture.given(
                        drafted(MQF4, anEcvetProfile(100, "2")),
                        attached(MQF4, M1, UnitRole.MANDATORY, null, 100L, null),
                        rules(MQF4, new AwardRule.AllMandatoryUnits()))
                .when(new PublishQualificationStandard(MQF4, DAY))
                .expectException(violates("points-inconsistent"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("R6a"));
    }

    @Test
    void R6b_mandatory_points_and_elective_minimums_must_make_the_total() {
        fixture.given(
                        drafted(MQF4, anEcvetProfile(120, "2")),
                        attached(MQF4, M1, UnitRole.MANDATORY, null, 30L, null),
                        attached(MQF4, C1, UnitRole.ELECTIVE, "courses", 20L, null),
                        attached(MQF4, C2, UnitRole.ELECTIVE, "courses", 40L, null),
                        rules(MQF4, new AwardRule.AllMandatoryUnits(), new AwardRule.ElectiveGroup("courses", 1, null)))
                .when(new PublishQualificationStandard(MQF4, DAY))
                .expectException(violates("points-inconsistent"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("make 50 points, not the total of 120"));
    }

    @Test
    void every_inconsistency_is_reported_at_once() {
        lookups.draftUnit(UnitRef.of("D1", 1));
        fixture.given(
                        drafted(BACPRO, aProfileWithoutPoints()),
                        attached(BACPRO, UnitRef.of("D1", 1), UnitRole.MANDATORY, null, null, null),
                        rules(
                                BACPRO,
                                new AwardRule.ElectiveGroup("ghost", 1, null),
                                new AwardRule.WeightedAverage(BigDecimal.TEN, ThresholdComparator.AT_LEAST, false)))
                .when(new PublishQualificationStandard(BACPRO, DAY))
                .expectNoEvents()
                .expectException(findings("unit-not-published", "rule-on-unknown-group", "coefficient-missing"));
    }

    @Test
    void only_catalogued_units_can_be_attached_and_only_once() {
        fixture.given(drafted(MQF4, anEcvetProfile(120, "2")))
                .when(new AttachUnit(
                        MQF4, UnitRef.of("NOPE", 1), UnitRole.MANDATORY, null, CreditPoints.of(10), null, false))
                .expectException(violates("unknown-unit"));

        fixture.given(drafted(MQF4, anEcvetProfile(120, "2")), attached(MQF4, M1, UnitRole.MANDATORY, null, 30L, null))
                .when(new AttachUnit(MQF4, M1, UnitRole.MANDATORY, null, CreditPoints.of(30), null, false))
                .expectException(violates("unit-already-attached"));
    }

    @Test
    void awarding_bodies_must_be_registered_institutions() {
        var profile = anEcvetProfile(120, "2");
        var unknownBody = new QualificationProfile(
                profile.title(),
                profile.jurisdiction(),
                List.of(new org.ecvetledger.domain.shared.InstitutionId("NOBODY")),
                4,
                null,
                false,
                false,
                profile.framework(),
                profile.totalPoints(),
                profile.referenceYears(),
                null,
                null,
                null);
        fixture.givenNoPriorActivity()
                .when(new DraftQualificationStandard(MQF4, unknownBody, List.of()))
                .expectException(violates("unknown-institution"));
    }

    @Test
    void a_new_version_maps_the_previous_versions_units_in_its_transition_table() {
        var v2 = QualificationRef.of("MT-HSC-4", 2);
        var m1v2 = UnitRef.of("M1", 2);
        lookups.standard(MQF4, true, M1, C1, C2, C3).publishedUnit(m1v2, "LO1", "LO2", "LO3");
        var transitions = List.of(
                new UnitTransition(M1, m1v2, Coverage.PARTIAL, List.of("LO1", "LO2")),
                new UnitTransition(C1, C1, Coverage.FULL, List.of()));

        fixture.givenNoPriorActivity()
                .when(new DraftQualificationStandard(v2, anEcvetProfile(120, "2"), transitions))
                .expectEvents(new QualificationStandardDrafted(v2, anEcvetProfile(120, "2"), transitions));

        fixture.given(
                        new QualificationStandardDrafted(
                                v2,
                                anEcvetProfile(120, "2"),
                                List.of(new UnitTransition(UnitRef.of("X9", 1), m1v2, Coverage.FULL, List.of()))),
                        attached(v2, m1v2, UnitRole.MANDATORY, null, 120L, null),
                        rules(v2, new AwardRule.AllMandatoryUnits()))
                .when(new PublishQualificationStandard(v2, DAY))
                .expectException(findings("transition-unit-unknown"));
    }

    @Test
    void a_new_version_needs_a_published_previous_version() {
        var v2 = QualificationRef.of("MT-HSC-4", 2);
        fixture.givenNoPriorActivity()
                .when(new DraftQualificationStandard(v2, anEcvetProfile(120, "2"), List.of()))
                .expectException(violates("previous-version-missing"));

        lookups.standard(MQF4, false);
        fixture.givenNoPriorActivity()
                .when(new DraftQualificationStandard(v2, anEcvetProfile(120, "2"), List.of()))
                .expectException(violates("previous-version-not-published"));
    }
}
