package org.ecvetledger.domain.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.domain.catalogue.RuleViolations.violates;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.Jurisdiction;
import org.ecvetledger.domain.shared.QualificationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompetentInstitutionTest {

    private static final InstitutionId LAZIO = new InstitutionId("IT-LAZIO");
    private static final LocalDate DAY = LocalDate.of(2024, 9, 1);

    private FixtureConfiguration<CompetentInstitution> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CompetentInstitution.class);
    }

    private static InstitutionRegistered registered() {
        return new InstitutionRegistered(
                LAZIO, "Regione Lazio", Jurisdiction.of("IT/Lazio"), InstitutionKind.REGIONAL_AUTHORITY);
    }

    private static FunctionGrant awardsCare() {
        return new FunctionGrant(
                InstitutionFunction.AWARD, new QualificationId("IT-LAZIO-OSS"), Jurisdiction.of("IT/Lazio"));
    }

    @Test
    void an_institution_is_registered_with_its_place_in_the_jurisdiction_tree() {
        fixture.givenNoPriorActivity()
                .when(new RegisterInstitution(
                        LAZIO, " Regione Lazio ", Jurisdiction.of("IT/Lazio"), InstitutionKind.REGIONAL_AUTHORITY))
                .expectEvents(registered());
    }

    @Test
    void functions_are_granted_one_by_one_a_region_may_award_without_assessing() {
        fixture.given(registered())
                .when(new GrantFunction(LAZIO, awardsCare(), DAY))
                .expectEvents(new InstitutionFunctionGranted(LAZIO, awardsCare(), DAY));
    }

    @Test
    void the_same_function_cannot_be_granted_twice() {
        fixture.given(registered(), new InstitutionFunctionGranted(LAZIO, awardsCare(), DAY))
                .when(new GrantFunction(LAZIO, awardsCare(), DAY))
                .expectNoEvents()
                .expectException(violates("function-already-granted"));
    }

    @Test
    void a_function_is_withdrawn_with_a_reason_and_only_if_held() {
        fixture.given(registered(), new InstitutionFunctionGranted(LAZIO, awardsCare(), DAY))
                .when(new WithdrawFunction(LAZIO, awardsCare(), DAY.plusYears(1), "reform of regional VET"))
                .expectEvents(new InstitutionFunctionWithdrawn(
                        LAZIO, awardsCare(), DAY.plusYears(1), "reform of regional VET"));

        fixture.given(registered())
                .when(new WithdrawFunction(LAZIO, awardsCare(), DAY, "none"))
                .expectNoEvents()
                .expectException(violates("function-not-held"));
    }

    @Test
    void a_grant_covers_its_standard_within_its_jurisdiction_tree_only() {
        var grant = awardsCare();
        var care = new QualificationId("IT-LAZIO-OSS");
        assertThat(grant.covers(InstitutionFunction.AWARD, care, Jurisdiction.of("IT/Lazio/Roma")))
                .isTrue();
        assertThat(grant.covers(InstitutionFunction.AWARD, care, Jurisdiction.of("IT/Lombardia")))
                .isFalse();
        assertThat(grant.covers(InstitutionFunction.ASSESS, care, Jurisdiction.of("IT/Lazio")))
                .isFalse();
        var everyStandard = new FunctionGrant(InstitutionFunction.ASSESS, null, Jurisdiction.of("IT"));
        assertThat(everyStandard.covers(InstitutionFunction.ASSESS, care, Jurisdiction.of("IT/Lazio")))
                .isTrue();
    }
}
