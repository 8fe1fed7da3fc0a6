package org.ecvetledger.projections.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ecvetledger.domain.equivalence.EquivalenceBasis;
import org.ecvetledger.domain.equivalence.EquivalenceId;
import org.ecvetledger.domain.equivalence.EquivalenceTerms;
import org.ecvetledger.domain.equivalence.UnitEquivalenceDeclared;
import org.ecvetledger.domain.equivalence.UnitEquivalenceRevised;
import org.ecvetledger.domain.equivalence.UnitEquivalenceWithdrawn;
import org.ecvetledger.domain.institution.FunctionGrant;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.institution.InstitutionFunctionGranted;
import org.ecvetledger.domain.institution.InstitutionFunctionWithdrawn;
import org.ecvetledger.domain.institution.InstitutionKind;
import org.ecvetledger.domain.institution.InstitutionRegistered;
import org.ecvetledger.domain.qualification.AttachedUnit;
import org.ecvetledger.domain.qualification.AwardRule;
import org.ecvetledger.domain.qualification.AwardRuleSet;
import org.ecvetledger.domain.qualification.AwardRuleSetDefined;
import org.ecvetledger.domain.qualification.GradingScale;
import org.ecvetledger.domain.qualification.QualificationProfile;
import org.ecvetledger.domain.qualification.QualificationProfileAmended;
import org.ecvetledger.domain.qualification.QualificationStandardDrafted;
import org.ecvetledger.domain.qualification.QualificationStandardPublished;
import org.ecvetledger.domain.qualification.ResitPolicy;
import org.ecvetledger.domain.qualification.ThresholdComparator;
import org.ecvetledger.domain.qualification.UnitAttachedToQualification;
import org.ecvetledger.domain.qualification.UnitDetachedFromQualification;
import org.ecvetledger.domain.qualification.UnitResultRule;
import org.ecvetledger.domain.qualification.UnitRole;
import org.ecvetledger.domain.qualification.UnitTransition;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.Jurisdiction;
import org.ecvetledger.domain.shared.MultilingualText;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.domain.unit.LearningOutcome;
import org.ecvetledger.domain.unit.LearningOutcomeCategory;
import org.ecvetledger.domain.unit.UnitDefined;
import org.ecvetledger.domain.unit.UnitDescription;
import org.ecvetledger.domain.unit.UnitDraftAmended;
import org.ecvetledger.domain.unit.UnitPublished;
import org.ecvetledger.projections.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The catalogue read model, built from catalogue events on a real PostgreSQL with the read models' own migrations. */
class CatalogueProjectorIT {

    private static final InstitutionId BRANLY = new InstitutionId("FR-LYCEE-BRANLY");
    private static final InstitutionId MEN = new InstitutionId("FR-MEN");
    private static final InstitutionId LAZIO = new InstitutionId("IT-REGIONE-LAZIO");
    private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 1);

    private static final JdbcTemplate jdbc = ReadModelDatabase.jdbc();

    private InstitutionCatalogueProjector institutions;
    private UnitCatalogueProjector units;
    private QualificationCatalogueProjector qualifications;
    private EquivalenceCatalogueProjector equivalences;

    @BeforeEach
    void setUp() {
        institutions = new InstitutionCatalogueProjector(jdbc);
        units = new UnitCatalogueProjector(jdbc);
        qualifications = new QualificationCatalogueProjector(jdbc);
        equivalences = new EquivalenceCatalogueProjector(jdbc);
        resetTheCatalogue();
    }

    // institutions

    @Test
    void a_registered_institution_shows_the_functions_it_holds_now() {
        var everyStandardInLazio = new FunctionGrant(InstitutionFunction.AWARD, null, Jurisdiction.of("IT/Lazio"));
        var assessOneStandard = new FunctionGrant(
                InstitutionFunction.ASSESS, new QualificationId("IT-OPERATORE"), Jurisdiction.of("IT"));
        var designInItaly = new FunctionGrant(InstitutionFunction.DESIGN, null, Jurisdiction.of("IT"));
        given(
                0,
                new InstitutionRegistered(
                        LAZIO, "Regione Lazio", Jurisdiction.of("IT/Lazio"), InstitutionKind.REGIONAL_AUTHORITY));
        given(1, new InstitutionFunctionGranted(LAZIO, everyStandardInLazio, SEPTEMBER));
        given(2, new InstitutionFunctionGranted(LAZIO, assessOneStandard, SEPTEMBER));
        given(3, new InstitutionFunctionGranted(LAZIO, designInItaly, SEPTEMBER));
        given(4, new InstitutionFunctionWithdrawn(LAZIO, designInItaly, SEPTEMBER.plusMonths(1), "reform"));

        assertThat(institutions.handle(new GetInstitution(LAZIO)))
                .contains(new InstitutionView(
                        LAZIO,
                        "Regione Lazio",
                        Jurisdiction.of("IT/Lazio"),
                        InstitutionKind.REGIONAL_AUTHORITY,
                        List.of(
                                new HeldFunctionView(
                                        InstitutionFunction.ASSESS,
                                        new QualificationId("IT-OPERATORE"),
                                        Jurisdiction.of("IT"),
                                        SEPTEMBER),
                                new HeldFunctionView(
                                        InstitutionFunction.AWARD, null, Jurisdiction.of("IT/Lazio"), SEPTEMBER))));
        assertThat(institutions.handle(new GetInstitution(BRANLY))).isEmpty();
    }

    @Test
    void institutions_are_found_by_part_of_their_name_by_jurisdiction_prefix_and_by_function_held() {
        givenInstitution(0, LAZIO, "Regione Lazio", "IT/Lazio");
        givenInstitution(0, new InstitutionId("IT-LAZIOSUD"), "Istituto Lazio Sud", "IT/Lazio Sud");
        givenInstitution(0, BRANLY, "Lycée Édouard Branly", "FR/Auvergne-Rhône-Alpes");
        given(
                1,
                new InstitutionFunctionGranted(
                        BRANLY, new FunctionGrant(InstitutionFunction.ASSESS, null, Jurisdiction.of("FR")), SEPTEMBER));

        assertThat(findInstitutions("LYCÉE", null, null)).containsExactly(BRANLY);
        assertThat(findInstitutions("lazio", null, null)).containsExactly(new InstitutionId("IT-LAZIOSUD"), LAZIO);
        assertThat(findInstitutions(null, "IT", null))
                .containsExactlyInAnyOrder(new InstitutionId("IT-LAZIOSUD"), LAZIO);
        assertThat(findInstitutions(null, "IT/Lazio", null)).containsExactly(LAZIO);
        assertThat(findInstitutions(null, "IT/Laz", null)).isEmpty();
        assertThat(findInstitutions(null, "FR/", null)).containsExactly(BRANLY);
        assertThat(findInstitutions(null, null, "assess")).containsExactly(BRANLY);
        assertThat(findInstitutions(null, null, "AWARD")).isEmpty();
        assertThat(findInstitutions(" ", " ", "")).hasSize(3);
    }

    // units

    @Test
    void a_unit_shows_its_full_description_its_status_and_from_when_it_applies() {
        var unit = UnitRef.of("U31", 1);
        var drafted = aDescription(title("fr", "Préparation d'une intervention", "en", "Preparing a job"), 4);
        var amended = new UnitDescription(
                title("fr", "Préparation d'une intervention", "en", "Preparing an installation job"),
                List.of(
                        new LearningOutcome(
                                "LO1",
                                title("fr", "Analyser le dossier", "en", "Analyse the file"),
                                LearningOutcomeCategory.SKILLS,
                                URI.create("http://data.europa.eu/esco/skill/0001")),
                        new LearningOutcome(
                                "LO2",
                                MultilingualText.of("fr", "Planifier"),
                                LearningOutcomeCategory.COMPETENCE,
                                null)),
                List.of("The file is analysed", "The plan is realistic"),
                Set.of(4, 5),
                Period.ofYears(5),
                BRANLY);
        given(0, new UnitDefined(unit, drafted));

        assertThat(units.handle(new GetUnit(unit)))
                .contains(new UnitView(unit, drafted, CatalogueStatus.DRAFT, null, List.of()));

        given(1, new UnitDraftAmended(unit, amended));
        given(2, new UnitPublished(unit, SEPTEMBER));

        assertThat(units.handle(new GetUnit(unit)))
                .contains(new UnitView(unit, amended, CatalogueStatus.PUBLISHED, SEPTEMBER, List.of()));
        assertThat(units.handle(new GetUnit(UnitRef.of("U31", 2)))).isEmpty();
    }

    @Test
    void units_are_found_by_title_in_a_second_language_by_code_by_eqf_level_by_owner_and_published_only() {
        given(0, new UnitDefined(UnitRef.of("U31", 1), aDescription(title("fr", "Câblage", "de", "Verkabelung"), 4)));
        given(1, new UnitPublished(UnitRef.of("U31", 1), SEPTEMBER));
        given(
                0,
                new UnitDefined(UnitRef.of("U31", 2), aDescription(title("fr", "Câblage", "de", "Verkabelung"), 4, 5)));
        given(
                0,
                new UnitDefined(
                        UnitRef.of("MT-CARE-101", 1), aDescription(MultilingualText.of("en", "Care basics"), 3)));

        assertThat(findUnits("VERKAB", null, null, null)).containsExactly(UnitRef.of("U31", 2), UnitRef.of("U31", 1));
        assertThat(findUnits("câbl", null, null, null)).hasSize(2);
        assertThat(findUnits("care-1", null, null, null)).containsExactly(UnitRef.of("MT-CARE-101", 1));
        assertThat(findUnits(null, 5, null, null)).containsExactly(UnitRef.of("U31", 2));
        assertThat(findUnits(null, 4, null, true)).containsExactly(UnitRef.of("U31", 1));
        assertThat(findUnits(null, null, BRANLY.value(), false)).hasSize(3);
        assertThat(findUnits(null, null, MEN.value(), null)).isEmpty();
        assertThat(units.handle(new FindUnits("verkabelung", null, null, true)))
                .containsExactly(new UnitSummaryView(
                        UnitRef.of("U31", 1),
                        title("fr", "Câblage", "de", "Verkabelung"),
                        Set.of(4),
                        BRANLY,
                        CatalogueStatus.PUBLISHED,
                        SEPTEMBER));
    }

    @Test
    void a_unit_attached_to_two_standards_shows_its_weight_in_each() {
        var unit = UnitRef.of("U31", 1);
        var bacPro = QualificationRef.of("FR-BACPRO-MELEC", 1);
        var cap = QualificationRef.of("FR-CAP-ELEC", 2);
        given(0, new UnitDefined(unit, aDescription(MultilingualText.of("fr", "Câblage"), 4)));
        given(
                0,
                new QualificationStandardDrafted(
                        bacPro, aProfile(MultilingualText.of("fr", "Bac pro MELEC")), List.of()));
        given(1, new UnitAttachedToQualification(bacPro, mandatory(unit, "6", "2")));
        given(2, new QualificationStandardPublished(bacPro, SEPTEMBER));
        given(
                0,
                new QualificationStandardDrafted(
                        cap, aProfile(MultilingualText.of("fr", "CAP électricien")), List.of()));
        given(
                1,
                new UnitAttachedToQualification(
                        cap,
                        new AttachedUnit(
                                unit, UnitRole.ELECTIVE, "options", CreditPoints.of("7.5"), null, true, null)));

        assertThat(units.handle(new GetUnit(unit)).orElseThrow().attachedTo())
                .containsExactly(
                        new UnitAttachmentView(
                                bacPro,
                                MultilingualText.of("fr", "Bac pro MELEC"),
                                CatalogueStatus.PUBLISHED,
                                UnitRole.MANDATORY,
                                null,
                                CreditPoints.of(6),
                                new BigDecimal("2"),
                                false),
                        new UnitAttachmentView(
                                cap,
                                MultilingualText.of("fr", "CAP électricien"),
                                CatalogueStatus.DRAFT,
                                UnitRole.ELECTIVE,
                                "options",
                                CreditPoints.of("7.5"),
                                null,
                                true));
    }

    // qualifications

    @Test
    void a_standard_shows_its_profile_units_with_their_titles_award_rules_transition_table_and_status() {
        var standard = QualificationRef.of("FR-BACPRO-MELEC", 2);
        var u1 = UnitRef.of("U1", 2);
        var u2 = UnitRef.of("U2", 1);
        var transition = List.of(
                new UnitTransition(UnitRef.of("U1", 1), u1, Coverage.PARTIAL, List.of("LO1", "LO2")),
                new UnitTransition(UnitRef.of("U2", 1), u2, Coverage.FULL, List.of()));
        var rules = List.<AwardRule>of(
                new AwardRule.AllMandatoryUnits(),
                new AwardRule.MinimumPoints(CreditPoints.of(120)),
                new AwardRule.ElectiveGroup("options", 1, null),
                new AwardRule.ElectiveGroup("languages", null, CreditPoints.of("7.5")),
                new AwardRule.WeightedAverage(new BigDecimal("10"), ThresholdComparator.AT_LEAST, false),
                new AwardRule.FinalExaminationRequired(),
                new AwardRule.UnitValidityInTime());
        var profile = new QualificationProfile(
                title("fr", "Métiers de l'électricité", "en", "Electrical trades"),
                Jurisdiction.of("FR"),
                List.of(MEN, BRANLY),
                4,
                "4",
                false,
                true,
                CreditFramework.national("RNCP"),
                CreditPoints.of(180),
                new BigDecimal("3"),
                new GradingScale(BigDecimal.ZERO, new BigDecimal("20")),
                ResitPolicy.BEST,
                UnitResultRule.AVERAGE_OF_ASSESSMENTS);
        given(0, new UnitDefined(u1, aDescription(MultilingualText.of("fr", "Préparation"), 4)));
        given(
                0,
                new QualificationStandardDrafted(
                        standard, aProfile(MultilingualText.of("fr", "brouillon")), transition));
        given(1, new QualificationProfileAmended(standard, profile));
        given(2, new UnitAttachedToQualification(standard, mandatory(u1, "60", "4")));
        given(3, new UnitAttachedToQualification(standard, mandatory(u2, "30", null)));
        given(4, new AwardRuleSetDefined(standard, new AwardRuleSet(rules)));
        given(5, new QualificationStandardPublished(standard, SEPTEMBER));

        assertThat(qualifications.handle(new GetQualification(standard)))
                .contains(new QualificationView(
                        standard,
                        profile,
                        CatalogueStatus.PUBLISHED,
                        SEPTEMBER,
                        List.of(
                                new AttachedUnitView(
                                        u1,
                                        MultilingualText.of("fr", "Préparation"),
                                        UnitRole.MANDATORY,
                                        null,
                                        CreditPoints.of(60),
                                        new BigDecimal("4"),
                                        false,
                                        null,
                                        List.of()),
                                new AttachedUnitView(
                                        u2,
                                        null,
                                        UnitRole.MANDATORY,
                                        null,
                                        CreditPoints.of(30),
                                        null,
                                        false,
                                        null,
                                        List.of())),
                        rules,
                        true,
                        transition));
        assertThat(qualifications.handle(new GetQualification(QualificationRef.of("FR-BACPRO-MELEC", 3))))
                .isEmpty();
    }

    @Test
    void award_rules_are_stored_as_objects_naming_their_rule() {
        var standard = QualificationRef.of("FR-BACPRO-MELEC", 1);
        given(0, new QualificationStandardDrafted(standard, aProfile(MultilingualText.of("fr", "Bac pro")), List.of()));
        given(
                1,
                new AwardRuleSetDefined(
                        standard,
                        new AwardRuleSet(List.of(
                                new AwardRule.AllMandatoryUnits(),
                                new AwardRule.WeightedAverage(
                                        new BigDecimal("10"), ThresholdComparator.AT_LEAST, false)))));

        assertThat(jdbc.queryForObject(
                        "select award_rules = ?::jsonb from rm_catalogue_qualification", Boolean.class, """
                        [{"rule":"AllMandatoryUnits"},
                         {"rule":"WeightedAverage","threshold":10,"comparator":"AT_LEAST","countOptionalUnits":false}]
                        """))
                .isTrue();
        assertThat(qualifications
                        .handle(new GetQualification(standard))
                        .orElseThrow()
                        .awardRulesDefined())
                .isTrue();
    }

    @Test
    void standards_are_found_by_title_in_a_second_language_code_eqf_level_jurisdiction_and_awarding_body() {
        var melec1 = QualificationRef.of("FR-BACPRO-MELEC", 1);
        var melec2 = QualificationRef.of("FR-BACPRO-MELEC", 2);
        var operatore = QualificationRef.of("IT-OPERATORE-ELETTRICO", 1);
        given(
                0,
                new QualificationStandardDrafted(
                        melec1, aProfile(title("fr", "Électricité", "en", "Electrical trades")), List.of()));
        given(1, new QualificationStandardPublished(melec1, SEPTEMBER));
        given(
                0,
                new QualificationStandardDrafted(
                        melec2, aProfile(title("fr", "Électricité", "en", "Electrical trades")), List.of()));
        given(
                0,
                new QualificationStandardDrafted(
                        operatore,
                        new QualificationProfile(
                                title("it", "Operatore elettrico", "en", "Electrical operator"),
                                Jurisdiction.of("IT/Lazio"),
                                List.of(LAZIO),
                                3,
                                null,
                                false,
                                false,
                                CreditFramework.NONE,
                                null,
                                null,
                                null,
                                null,
                                null),
                        List.of()));

        assertThat(findQualifications("TRADES", null, null, null, null, null)).containsExactly(melec2, melec1);
        assertThat(findQualifications("elettrico", null, null, null, null, null))
                .containsExactly(operatore);
        assertThat(findQualifications("electrical", null, null, null, null, null))
                .containsExactly(melec2, melec1, operatore);
        assertThat(findQualifications(null, "fr-bacpro", null, null, null, null))
                .containsExactly(melec2, melec1);
        assertThat(findQualifications(null, null, 3, null, null, null)).containsExactly(operatore);
        assertThat(findQualifications(null, null, null, "IT", null, null)).containsExactly(operatore);
        assertThat(findQualifications(null, null, null, "IT/Lazio/", null, null))
                .containsExactly(operatore);
        assertThat(findQualifications(null, null, null, "IT/Laz", null, null)).isEmpty();
        assertThat(findQualifications(null, null, null, null, BRANLY.value(), null))
                .containsExactly(melec2, melec1);
        assertThat(findQualifications(null, null, null, null, LAZIO.value(), null))
                .containsExactly(operatore);
        assertThat(findQualifications(null, null, null, null, null, true)).containsExactly(melec1);
        assertThat(qualifications.handle(new FindQualifications(null, null, null, null, null, true)))
                .containsExactly(new QualificationSummaryView(
                        melec1,
                        title("fr", "Électricité", "en", "Electrical trades"),
                        Jurisdiction.of("FR"),
                        List.of(MEN, BRANLY),
                        4,
                        null,
                        CreditFramework.ECVET,
                        CreditPoints.of(120),
                        CatalogueStatus.PUBLISHED,
                        SEPTEMBER));
    }

    @Test
    void the_versions_of_a_standard_are_listed_with_their_status() {
        var v1 = QualificationRef.of("FR-BACPRO-MELEC", 1);
        var v2 = QualificationRef.of("FR-BACPRO-MELEC", 2);
        given(0, new QualificationStandardDrafted(v1, aProfile(MultilingualText.of("fr", "MELEC")), List.of()));
        given(1, new QualificationStandardPublished(v1, SEPTEMBER));
        given(0, new QualificationStandardDrafted(v2, aProfile(MultilingualText.of("fr", "MELEC 2")), List.of()));
        given(
                0,
                new QualificationStandardDrafted(
                        QualificationRef.of("FR-BACPRO-MELECX", 1),
                        aProfile(MultilingualText.of("fr", "X")),
                        List.of()));

        assertThat(qualifications.handle(new GetQualificationVersions(new QualificationId("FR-BACPRO-MELEC"))))
                .containsExactly(
                        new QualificationVersionView(
                                v1, MultilingualText.of("fr", "MELEC"), CatalogueStatus.PUBLISHED, SEPTEMBER),
                        new QualificationVersionView(
                                v2, MultilingualText.of("fr", "MELEC 2"), CatalogueStatus.DRAFT, null));
        assertThat(qualifications.handle(new GetQualificationVersions(new QualificationId("FR-UNKNOWN"))))
                .isEmpty();
    }

    @Test
    void a_detached_unit_leaves_the_standard_and_a_late_attachment_does_not_bring_it_back() {
        var standard = QualificationRef.of("FR-BACPRO-MELEC", 1);
        var unit = UnitRef.of("U31", 1);
        var attached = new UnitAttachedToQualification(standard, mandatory(unit, "6", null));
        given(0, new QualificationStandardDrafted(standard, aProfile(MultilingualText.of("fr", "MELEC")), List.of()));
        given(1, attached);
        given(2, new UnitDetachedFromQualification(standard, unit));

        given(1, attached);

        assertThat(qualifications
                        .handle(new GetQualification(standard))
                        .orElseThrow()
                        .units())
                .isEmpty();
        assertThat(units.handle(new GetUnit(unit))).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from rm_catalogue_qualification_unit where unit_code = 'U31'", Integer.class))
                .isOne();

        given(3, new UnitAttachedToQualification(standard, mandatory(unit, "9", null)));

        assertThat(qualifications
                        .handle(new GetQualification(standard))
                        .orElseThrow()
                        .units())
                .extracting(AttachedUnitView::points)
                .containsExactly(CreditPoints.of(9));
    }

    // equivalences

    @Test
    void an_equivalence_shows_its_version_history_and_leaves_the_search_once_withdrawn() {
        var id = new EquivalenceId(UUID.randomUUID());
        var source = UnitRef.of("IT-CARE-3", 1);
        var target = UnitRef.of("MT-CARE-101", 1);
        var partial = new EquivalenceTerms(
                source, target, Coverage.PARTIAL, List.of("LO1"), EquivalenceBasis.COMPETENCE_MATRIX, "I CARE matrix");
        var full = new EquivalenceTerms(source, target, Coverage.FULL, List.of(), EquivalenceBasis.MOU, "MoU 2026/4");
        given(0, new UnitEquivalenceDeclared(id, 1, partial, LAZIO, SEPTEMBER));
        given(1, new UnitEquivalenceRevised(id, 2, full, MEN, SEPTEMBER.plusYears(1)));

        var inForce = new EquivalenceView(
                id,
                2,
                full,
                MEN,
                SEPTEMBER.plusYears(1),
                null,
                List.of(
                        new EquivalenceVersionView(1, partial, LAZIO, SEPTEMBER),
                        new EquivalenceVersionView(2, full, MEN, SEPTEMBER.plusYears(1))));
        assertThat(equivalences.handle(new GetEquivalence(id))).contains(inForce);
        assertThat(equivalences.handle(new FindEquivalences(source, null, false)))
                .containsExactly(inForce);
        assertThat(equivalences.handle(new FindEquivalences(null, target, false)))
                .containsExactly(inForce);
        assertThat(equivalences.handle(new FindEquivalences(target, null, false)))
                .isEmpty();

        given(2, new UnitEquivalenceWithdrawn(id, 2, MEN, SEPTEMBER.plusYears(2), "the MoU ended"));

        var withdrawn = equivalences.handle(new GetEquivalence(id)).orElseThrow();
        assertThat(withdrawn.withdrawal())
                .isEqualTo(new EquivalenceWithdrawalView(MEN, SEPTEMBER.plusYears(2), "the MoU ended"));
        assertThat(withdrawn.history()).hasSize(2);
        assertThat(equivalences.handle(new FindEquivalences(source, target, false)))
                .isEmpty();
        assertThat(equivalences.handle(new FindEquivalences(source, target, true)))
                .containsExactly(withdrawn);
        assertThat(equivalences.handle(new GetEquivalence(new EquivalenceId(UUID.randomUUID()))))
                .isEmpty();
    }

    // replay safety

    @Test
    void redelivering_every_event_changes_nothing() {
        var history = aWholeCatalogueHistory();
        history.forEach(this::given);
        var before = everyView();
        var rows = rowCounts();

        history.forEach(this::given);

        assertThat(everyView()).isEqualTo(before);
        assertThat(rowCounts()).isEqualTo(rows);
    }

    @Test
    void an_older_event_never_overwrites_a_newer_row() {
        var unit = UnitRef.of("U31", 1);
        var newest = aDescription(MultilingualText.of("fr", "newest"), 4);
        given(0, new UnitDefined(unit, aDescription(MultilingualText.of("fr", "first"), 4)));
        given(1, new UnitDraftAmended(unit, aDescription(MultilingualText.of("fr", "older"), 4)));
        given(2, new UnitDraftAmended(unit, newest));
        given(3, new UnitPublished(unit, SEPTEMBER));

        given(1, new UnitDraftAmended(unit, aDescription(MultilingualText.of("fr", "older"), 4)));
        given(0, new UnitDefined(unit, aDescription(MultilingualText.of("fr", "first"), 4)));

        assertThat(units.handle(new GetUnit(unit)))
                .contains(new UnitView(unit, newest, CatalogueStatus.PUBLISHED, SEPTEMBER, List.of()));

        var standard = QualificationRef.of("FR-BACPRO-MELEC", 1);
        given(0, new QualificationStandardDrafted(standard, aProfile(MultilingualText.of("fr", "first")), List.of()));
        given(2, new QualificationProfileAmended(standard, aProfile(MultilingualText.of("fr", "newest"))));
        given(1, new QualificationProfileAmended(standard, aProfile(MultilingualText.of("fr", "older"))));

        assertThat(qualifications
                        .handle(new GetQualification(standard))
                        .orElseThrow()
                        .profile()
                        .title())
                .isEqualTo(MultilingualText.of("fr", "newest"));

        var grant = new FunctionGrant(InstitutionFunction.AWARD, null, Jurisdiction.of("FR"));
        givenInstitution(0, MEN, "Ministère de l'Éducation nationale", "FR");
        given(1, new InstitutionFunctionGranted(MEN, grant, SEPTEMBER));
        given(2, new InstitutionFunctionWithdrawn(MEN, grant, SEPTEMBER.plusYears(1), "reform"));
        given(1, new InstitutionFunctionGranted(MEN, grant, SEPTEMBER));

        assertThat(institutions.handle(new GetInstitution(MEN)).orElseThrow().functions())
                .isEmpty();

        var id = new EquivalenceId(UUID.randomUUID());
        var v1 = new EquivalenceTerms(
                UnitRef.of("A", 1), UnitRef.of("B", 1), Coverage.FULL, List.of(), EquivalenceBasis.MOU, "v1");
        var v2 = new EquivalenceTerms(
                UnitRef.of("A", 1), UnitRef.of("B", 1), Coverage.FULL, List.of(), EquivalenceBasis.MOU, "v2");
        given(0, new UnitEquivalenceDeclared(id, 1, v1, MEN, SEPTEMBER));
        given(1, new UnitEquivalenceRevised(id, 2, v2, MEN, SEPTEMBER));
        given(0, new UnitEquivalenceDeclared(id, 1, v1, MEN, SEPTEMBER));

        assertThat(equivalences.handle(new GetEquivalence(id)).orElseThrow().terms())
                .isEqualTo(v2);
    }

    @Test
    void a_reset_empties_only_the_catalogue_tables() {
        aWholeCatalogueHistory().forEach(this::given);
        var learner = UUID.randomUUID();
        jdbc.update("""
                insert into rm_learner_view (learner_id, pd_key_id, pd_cipher, pd_ciphertext, registered_at, last_sequence)
                values (?, 'k', 'c', 'x', now(), 0)
                """, learner);

        resetTheCatalogue();

        assertThat(rowCounts())
                .allSatisfy((table, count) -> assertThat(count).as(table).isZero());
        assertThat(jdbc.queryForObject(
                        "select count(*) from rm_learner_view where learner_id = ?", Integer.class, learner))
                .isOne();
        jdbc.update("delete from rm_learner_view where learner_id = ?", learner);
    }

    @Test
    void a_search_answers_at_most_two_hundred_rows() {
        for (int version = 1; version <= CatalogueReadModel.MAX_RESULTS + 1; version++) {
            given(0, new UnitDefined(UnitRef.of("U1", version), aDescription(MultilingualText.of("fr", "U"), 4)));
        }

        assertThat(units.handle(new FindUnits(null, null, null, null))).hasSize(CatalogueReadModel.MAX_RESULTS);
    }

    // fixture

    private record Delivery(long sequence, Object event) {}

    private void given(Delivery delivery) {
        given(delivery.sequence(), delivery.event());
    }

    /** Hands an event to the catalogue projector that handles it, as its processor would. */
    private void given(long sequence, Object event) {
        if (event instanceof InstitutionRegistered e) {
            institutions.on(e, sequence);
        } else if (event instanceof InstitutionFunctionGranted e) {
            institutions.on(e, sequence);
        } else if (event instanceof InstitutionFunctionWithdrawn e) {
            institutions.on(e, sequence);
        } else if (event instanceof UnitDefined e) {
            units.on(e, sequence);
        } else if (event instanceof UnitDraftAmended e) {
            units.on(e, sequence);
        } else if (event instanceof UnitPublished e) {
            units.on(e, sequence);
        } else if (event instanceof QualificationStandardDrafted e) {
            qualifications.on(e, sequence);
        } else if (event instanceof QualificationProfileAmended e) {
            qualifications.on(e, sequence);
        } else if (event instanceof UnitAttachedToQualification e) {
            qualifications.on(e, sequence);
        } else if (event instanceof UnitDetachedFromQualification e) {
            qualifications.on(e, sequence);
        } else if (event instanceof AwardRuleSetDefined e) {
            qualifications.on(e, sequence);
        } else if (event instanceof QualificationStandardPublished e) {
            qualifications.on(e, sequence);
        } else if (event instanceof UnitEquivalenceDeclared e) {
            equivalences.on(e, sequence);
        } else if (event instanceof UnitEquivalenceRevised e) {
            equivalences.on(e, sequence);
        } else if (event instanceof UnitEquivalenceWithdrawn e) {
            equivalences.on(e, sequence);
        } else {
            throw new IllegalArgumentException("not a catalogue event: " + event);
        }
    }

    private void givenInstitution(long sequence, InstitutionId id, String legalName, String jurisdiction) {
        given(
                sequence,
                new InstitutionRegistered(id, legalName, Jurisdiction.of(jurisdiction), InstitutionKind.SCHOOL));
    }

    private void resetTheCatalogue() {
        institutions.reset();
        units.reset();
        qualifications.reset();
        equivalences.reset();
    }

    /** Every kind of catalogue event, each aggregate's events in order. */
    private static List<Delivery> aWholeCatalogueHistory() {
        var grant = new FunctionGrant(InstitutionFunction.AWARD, null, Jurisdiction.of("FR"));
        var standard = QualificationRef.of("FR-BACPRO-MELEC", 1);
        var u1 = UnitRef.of("U1", 1);
        var u2 = UnitRef.of("U2", 1);
        var equivalence = new EquivalenceId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
        var terms = new EquivalenceTerms(u1, u2, Coverage.FULL, List.of(), EquivalenceBasis.REGULATION, "Décret");
        return List.of(
                new Delivery(0, new InstitutionRegistered(MEN, "MEN", Jurisdiction.of("FR"), InstitutionKind.MINISTRY)),
                new Delivery(1, new InstitutionFunctionGranted(MEN, grant, SEPTEMBER)),
                new Delivery(2, new InstitutionFunctionWithdrawn(MEN, grant, SEPTEMBER, "reform")),
                new Delivery(3, new InstitutionFunctionGranted(MEN, grant, SEPTEMBER.plusYears(1))),
                new Delivery(0, new UnitDefined(u1, aDescription(MultilingualText.of("fr", "Un"), 4))),
                new Delivery(1, new UnitDraftAmended(u1, aDescription(MultilingualText.of("fr", "Un bis"), 4, 5))),
                new Delivery(2, new UnitPublished(u1, SEPTEMBER)),
                new Delivery(0, new UnitDefined(u2, aDescription(MultilingualText.of("fr", "Deux"), 4))),
                new Delivery(
                        0,
                        new QualificationStandardDrafted(
                                standard,
                                aProfile(MultilingualText.of("fr", "MELEC")),
                                List.of(new UnitTransition(UnitRef.of("U0", 1), u1, Coverage.FULL, List.of())))),
                new Delivery(
                        1, new QualificationProfileAmended(standard, aProfile(MultilingualText.of("fr", "MELEC bis")))),
                new Delivery(2, new UnitAttachedToQualification(standard, mandatory(u1, "6", "2"))),
                new Delivery(3, new UnitAttachedToQualification(standard, mandatory(u2, "6", null))),
                new Delivery(4, new UnitDetachedFromQualification(standard, u2)),
                new Delivery(
                        5,
                        new AwardRuleSetDefined(
                                standard, new AwardRuleSet(List.of(new AwardRule.MinimumPoints(CreditPoints.of(6)))))),
                new Delivery(6, new QualificationStandardPublished(standard, SEPTEMBER)),
                new Delivery(0, new UnitEquivalenceDeclared(equivalence, 1, terms, MEN, SEPTEMBER)),
                new Delivery(1, new UnitEquivalenceRevised(equivalence, 2, terms, MEN, SEPTEMBER.plusYears(1))),
                new Delivery(2, new UnitEquivalenceWithdrawn(equivalence, 2, MEN, SEPTEMBER.plusYears(2), "ended")));
    }

    private List<Object> everyView() {
        return List.of(
                institutions.handle(new FindInstitutions(null, null, null)),
                units.handle(new FindUnits(null, null, null, null)),
                units.handle(new GetUnit(UnitRef.of("U1", 1))),
                units.handle(new GetUnit(UnitRef.of("U2", 1))),
                qualifications.handle(new FindQualifications(null, null, null, null, null, null)),
                qualifications.handle(new GetQualification(QualificationRef.of("FR-BACPRO-MELEC", 1))),
                equivalences.handle(new FindEquivalences(null, null, true)));
    }

    private static Map<String, Integer> rowCounts() {
        return Map.of(
                "institution", count("rm_catalogue_institution"),
                "institution_function", count("rm_catalogue_institution_function"),
                "unit", count("rm_catalogue_unit"),
                "qualification", count("rm_catalogue_qualification"),
                "qualification_unit", count("rm_catalogue_qualification_unit"),
                "equivalence", count("rm_catalogue_equivalence"),
                "equivalence_version", count("rm_catalogue_equivalence_version"));
    }

    private static int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private List<InstitutionId> findInstitutions(String text, String jurisdiction, String function) {
        return institutions.handle(new FindInstitutions(text, jurisdiction, function)).stream()
                .map(InstitutionView::institutionId)
                .toList();
    }

    private List<UnitRef> findUnits(String text, Integer eqfLevel, String owner, Boolean publishedOnly) {
        return units.handle(new FindUnits(text, eqfLevel, owner, publishedOnly)).stream()
                .map(UnitSummaryView::unit)
                .toList();
    }

    private List<QualificationRef> findQualifications(
            String text, String code, Integer eqfLevel, String jurisdiction, String awardingBody, Boolean published) {
        return qualifications
                .handle(new FindQualifications(text, code, eqfLevel, jurisdiction, awardingBody, published))
                .stream()
                .map(QualificationSummaryView::standard)
                .toList();
    }

    private static MultilingualText title(String language, String text, String otherLanguage, String otherText) {
        return new MultilingualText(Map.of(language, text, otherLanguage, otherText));
    }

    private static UnitDescription aDescription(MultilingualText title, Integer... eqfLevels) {
        return new UnitDescription(
                title,
                List.of(new LearningOutcome(
                        "LO1", MultilingualText.of("fr", "Réaliser"), LearningOutcomeCategory.SKILLS, null)),
                List.of(),
                Set.copyOf(Arrays.asList(eqfLevels)),
                null,
                BRANLY);
    }

    private static QualificationProfile aProfile(MultilingualText title) {
        return new QualificationProfile(
                title,
                Jurisdiction.of("FR"),
                List.of(MEN, BRANLY),
                4,
                null,
                false,
                false,
                CreditFramework.ECVET,
                CreditPoints.of(120),
                new BigDecimal("2"),
                null,
                null,
                null);
    }

    private static AttachedUnit mandatory(UnitRef unit, String points, String coefficient) {
        return new AttachedUnit(
                unit,
                UnitRole.MANDATORY,
                null,
                CreditPoints.of(points),
                coefficient == null ? null : new BigDecimal(coefficient),
                false,
                null);
    }
}
