package org.ecvetledger.app.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.app.catalogue.CatalogueSteps.unique;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.LookupsFromHistory;
import org.ecvetledger.app.demo.DemoCatalogue;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.ecvetledger.domain.institution.FunctionGrant;
import org.ecvetledger.domain.institution.GrantFunction;
import org.ecvetledger.domain.institution.InstitutionDirectory;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.institution.InstitutionKind;
import org.ecvetledger.domain.institution.RegisterInstitution;
import org.ecvetledger.domain.institution.WithdrawFunction;
import org.ecvetledger.domain.qualification.AmendQualificationProfile;
import org.ecvetledger.domain.qualification.AttachUnit;
import org.ecvetledger.domain.qualification.AttachedUnit;
import org.ecvetledger.domain.qualification.AwardRule;
import org.ecvetledger.domain.qualification.AwardRuleSet;
import org.ecvetledger.domain.qualification.DefineAwardRules;
import org.ecvetledger.domain.qualification.DetachUnit;
import org.ecvetledger.domain.qualification.DraftQualificationStandard;
import org.ecvetledger.domain.qualification.GradingScale;
import org.ecvetledger.domain.qualification.PublishQualificationStandard;
import org.ecvetledger.domain.qualification.QualificationCatalogue;
import org.ecvetledger.domain.qualification.QualificationProfile;
import org.ecvetledger.domain.qualification.ResitPolicy;
import org.ecvetledger.domain.qualification.ThresholdComparator;
import org.ecvetledger.domain.qualification.UnitResultRule;
import org.ecvetledger.domain.qualification.UnitRole;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.Jurisdiction;
import org.ecvetledger.domain.shared.MultilingualText;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the catalogue's write-side lookups answer the learner ledger's decisions: the functions an
 * institution holds (R2) and the definition of a published standard version, kept from the events
 * in the command's transaction (ADR 0004).
 */
@LedgerIT
class CatalogueLookupsIT {

    private static final QualificationId BACPRO = DemoCatalogue.BACPRO_2013.id();
    private static final Jurisdiction FRANCE = Jurisdiction.of("FR");

    @Autowired
    DemoCatalogueLoader demoCatalogue;

    @Autowired
    CommandGateway commands;

    @Autowired
    InstitutionDirectory institutions;

    @Autowired
    QualificationCatalogue standards;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void setUp() {
        demoCatalogue.load(); // idempotent
    }

    @Test
    void a_published_version_is_defined_by_its_profile_its_weighted_units_and_its_award_rules() {
        var definition = standards.definition(DemoCatalogue.BACPRO_2013).orElseThrow();

        assertThat(definition.standard()).isEqualTo(DemoCatalogue.BACPRO_2013);
        assertThat(definition.profile().jurisdiction()).isEqualTo(FRANCE);
        assertThat(definition.profile().awardingBodies()).containsExactly(DemoCatalogue.MEN);
        var rules = definition.rules();
        assertThat(rules.framework()).isEqualTo(CreditFramework.NONE);
        assertThat(rules.totalPoints()).isNull();
        assertThat(rules.gradingScale()).isEqualTo(new GradingScale(BigDecimal.ZERO, BigDecimal.valueOf(20)));
        assertThat(rules.units()).hasSize(13).allSatisfy(unit -> {
            assertThat(unit.coefficient()).isNotNull();
            assertThat(unit.points()).isNull();
        });
        assertThat(rules.unit(UnitRef.of("U5", 1)).orElseThrow().coefficient()).isEqualByComparingTo("5");
        assertThat(rules.unit(UnitRef.of("U2", 1)).orElseThrow().coefficient()).isEqualByComparingTo("3");
        var mobility = rules.unit(DemoCatalogue.MOBILITY_UNIT).orElseThrow();
        assertThat(mobility.role()).isEqualTo(UnitRole.OPTIONAL);
        assertThat(mobility.mobilityUnit()).isTrue();
        assertThat(rules.unitsWithRole(UnitRole.MANDATORY)).hasSize(12);
        assertThat(rules.awardRules().rules())
                .containsExactly(
                        new AwardRule.AllMandatoryUnits(),
                        new AwardRule.WeightedAverage(BigDecimal.TEN, ThresholdComparator.AT_LEAST, false));
    }

    @Test
    void a_points_based_version_is_defined_with_its_points_elective_groups_and_unit_validity() {
        var malta = standards.definition(DemoCatalogue.MALTA_CARE).orElseThrow().rules();
        assertThat(malta.framework()).isEqualTo(CreditFramework.ECVET);
        assertThat(malta.totalPoints()).isEqualTo(CreditPoints.of(120));
        assertThat(malta.electiveGroup("short-courses")).hasSize(4);
        assertThat(malta.unit(UnitRef.of("MT-HSC-101", 1)).orElseThrow().points())
                .isEqualTo(CreditPoints.of(30));
        assertThat(malta.awardRules().all(AwardRule.ElectiveGroup.class))
                .containsExactly(new AwardRule.ElectiveGroup("short-courses", null, CreditPoints.of(90)));
        assertThat(malta.awardRules().has(AwardRule.UnitValidityInTime.class)).isTrue();

        var lazioHygiene = standards.definition(DemoCatalogue.LAZIO_OSS).orElseThrow().rules().units().stream()
                .filter(u -> u.unit().equals(DemoCatalogue.COMMON_CORE_HYGIENE))
                .map(AttachedUnit::validity)
                .toList();
        assertThat(lazioHygiene).containsExactly(java.time.Period.ofYears(5));
    }

    /** R2, P1: the home school validates; the host school in Munich assesses only. */
    @Test
    void a_function_is_held_for_the_granted_standard_in_its_jurisdiction_and_everywhere_inside_it() {
        var branly = DemoCatalogue.LYCEE_BRANLY;
        var munich = DemoCatalogue.BERUFSSCHULE;

        assertThat(institutions.holds(branly, InstitutionFunction.VALIDATE, BACPRO, FRANCE))
                .isTrue();
        assertThat(institutions.holds(branly, InstitutionFunction.VALIDATE, BACPRO, Jurisdiction.of("FR/Occitanie")))
                .isTrue();
        assertThat(institutions.holds(munich, InstitutionFunction.VALIDATE, BACPRO, FRANCE))
                .isFalse();
        assertThat(institutions.holds(munich, InstitutionFunction.ASSESS, BACPRO, FRANCE))
                .isTrue();

        assertThat(institutions.holds(branly, InstitutionFunction.AWARD, BACPRO, FRANCE))
                .isFalse();
        assertThat(institutions.holds(branly, InstitutionFunction.VALIDATE, BACPRO, Jurisdiction.of("DE")))
                .isFalse();
        assertThat(institutions.holds(
                        branly, InstitutionFunction.VALIDATE, DemoCatalogue.MALTA_CARE.id(), Jurisdiction.of("MT")))
                .isFalse();
        assertThat(institutions.holds(new InstitutionId("XX-NOBODY"), InstitutionFunction.ASSESS, BACPRO, FRANCE))
                .isFalse();
    }

    @Test
    void a_grant_for_every_standard_covers_any_standard_inside_its_jurisdiction_only() {
        var ifapme = DemoCatalogue.IFAPME;
        var anyStandard = new QualificationId("BE-ANY-STANDARD");

        assertThat(institutions.holds(
                        ifapme,
                        InstitutionFunction.RECOGNISE,
                        anyStandard,
                        Jurisdiction.of("BE/FR-community/Wallonia")))
                .isTrue();
        assertThat(institutions.holds(
                        ifapme,
                        InstitutionFunction.RECOGNISE,
                        anyStandard,
                        Jurisdiction.of("BE/FR-community/Wallonia/Liège")))
                .isTrue();
        assertThat(institutions.holds(
                        ifapme, InstitutionFunction.RECOGNISE, anyStandard, Jurisdiction.of("BE/FR-community")))
                .isFalse();
        assertThat(institutions.holds(
                        ifapme, InstitutionFunction.AWARD, anyStandard, Jurisdiction.of("BE/FR-community/Wallonia")))
                .isFalse();
    }

    @Test
    void a_withdrawn_grant_no_longer_holds_and_the_others_stay() {
        var institution = new InstitutionId(unique("LOOKUP-INST"));
        commands.sendAndWait(new RegisterInstitution(
                institution, "Lycée des lookups", Jurisdiction.of("FR/Bretagne"), InstitutionKind.SCHOOL));
        var validate = new FunctionGrant(InstitutionFunction.VALIDATE, BACPRO, FRANCE);
        var assess = new FunctionGrant(InstitutionFunction.ASSESS, BACPRO, FRANCE);
        commands.sendAndWait(new GrantFunction(institution, validate, LocalDate.of(2026, 9, 1)));
        commands.sendAndWait(new GrantFunction(institution, assess, LocalDate.of(2026, 9, 1)));
        assertThat(institutions.holds(institution, InstitutionFunction.VALIDATE, BACPRO, FRANCE))
                .isTrue();

        commands.sendAndWait(
                new WithdrawFunction(institution, validate, LocalDate.of(2027, 1, 1), "Accreditation not renewed"));

        assertThat(institutions.holds(institution, InstitutionFunction.VALIDATE, BACPRO, FRANCE))
                .isFalse();
        assertThat(institutions.holds(institution, InstitutionFunction.ASSESS, BACPRO, FRANCE))
                .isTrue();

        commands.sendAndWait(new GrantFunction(institution, validate, LocalDate.of(2027, 9, 1)));
        assertThat(institutions.holds(institution, InstitutionFunction.VALIDATE, BACPRO, FRANCE))
                .isTrue();
    }

    @Test
    void a_draft_has_no_definition_and_once_published_it_is_defined_as_last_amended() {
        var standard = QualificationRef.of(unique("LOOKUP-STD"), 1);
        commands.sendAndWait(new DraftQualificationStandard(standard, profile("Brouillon"), List.of()));
        commands.sendAndWait(new AttachUnit(
                standard, UnitRef.of("U11", 1), UnitRole.MANDATORY, null, null, BigDecimal.valueOf(2), false));
        commands.sendAndWait(
                new AttachUnit(standard, UnitRef.of("U12", 1), UnitRole.MANDATORY, null, null, BigDecimal.ONE, false));
        commands.sendAndWait(
                new AttachUnit(standard, UnitRef.of("U13", 1), UnitRole.MANDATORY, null, null, BigDecimal.ONE, false));
        commands.sendAndWait(new DetachUnit(standard, UnitRef.of("U12", 1)));
        commands.sendAndWait(new AmendQualificationProfile(standard, profile("Version définitive")));
        commands.sendAndWait(
                new DefineAwardRules(standard, new AwardRuleSet(List.of(new AwardRule.AllMandatoryUnits()))));

        assertThat(standards.find(standard))
                .hasValueSatisfying(found -> assertThat(found.published()).isFalse());
        assertThat(standards.definition(standard)).isEmpty();

        commands.sendAndWait(new PublishQualificationStandard(standard, LocalDate.of(2026, 9, 1)));

        var definition = standards.definition(standard).orElseThrow();
        assertThat(definition.profile().title().in("fr")).isEqualTo("Version définitive");
        assertThat(definition.rules().units())
                .extracting(AttachedUnit::unit)
                .containsExactly(UnitRef.of("U11", 1), UnitRef.of("U13", 1));
        assertThat(definition.rules().unit(UnitRef.of("U11", 1)).orElseThrow().coefficient())
                .isEqualByComparingTo("2");
        assertThat(definition.rules().awardRules().rules()).containsExactly(new AwardRule.AllMandatoryUnits());
    }

    @Test
    void an_unknown_standard_version_has_no_definition() {
        assertThat(standards.definition(QualificationRef.of("FR-BACPRO-MELEC", 99)))
                .isEmpty();
    }

    /** Ledgers recorded before these lookups existed get them from their events, as the handlers keep them. */
    @Test
    void the_migration_rebuilds_the_grants_and_definitions_from_the_recorded_events() {
        a_withdrawn_grant_no_longer_holds_and_the_others_stay();
        a_draft_has_no_definition_and_once_published_it_is_defined_as_last_amended();

        LookupsFromHistory.assertRebuiltAsKept(
                jdbc,
                transactions,
                "select 'grant' as lookup, institution_id || ' ' || function || ' ' || coalesce(standard_id, '*') "
                        + "|| ' ' || jurisdiction as entry, null as definition from wl_function_grant "
                        + "union all select 'standard', standard_ref, profile::text || award_rules::text "
                        + "from wl_qualification "
                        + "union all select 'unit', standard_ref || ' ' || unit_ref, attachment::text "
                        + "from wl_qualification_unit "
                        + "order by 1, 2",
                "delete from wl_function_grant",
                "update wl_qualification set profile = null, award_rules = null",
                "update wl_qualification_unit set attachment = null");
    }

    private static QualificationProfile profile(String title) {
        return new QualificationProfile(
                new MultilingualText(Map.of("fr", title)),
                FRANCE,
                List.of(DemoCatalogue.MEN),
                4,
                "4",
                false,
                false,
                CreditFramework.NONE,
                null,
                null,
                null,
                ResitPolicy.LATEST,
                UnitResultRule.ALL_LEARNING_OUTCOMES);
    }
}
