package org.ecvetledger.app.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ecvetledger.domain.equivalence.DeclareUnitEquivalence;
import org.ecvetledger.domain.equivalence.EquivalenceBasis;
import org.ecvetledger.domain.equivalence.EquivalenceId;
import org.ecvetledger.domain.equivalence.EquivalenceTerms;
import org.ecvetledger.domain.institution.FunctionGrant;
import org.ecvetledger.domain.institution.GrantFunction;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.institution.InstitutionKind;
import org.ecvetledger.domain.institution.RegisterInstitution;
import org.ecvetledger.domain.qualification.AttachUnit;
import org.ecvetledger.domain.qualification.AwardRule;
import org.ecvetledger.domain.qualification.AwardRuleSet;
import org.ecvetledger.domain.qualification.DefineAwardRules;
import org.ecvetledger.domain.qualification.DraftQualificationStandard;
import org.ecvetledger.domain.qualification.GradingScale;
import org.ecvetledger.domain.qualification.PublishQualificationStandard;
import org.ecvetledger.domain.qualification.QualificationProfile;
import org.ecvetledger.domain.qualification.ResitPolicy;
import org.ecvetledger.domain.qualification.ThresholdComparator;
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
import org.ecvetledger.domain.unit.DefineUnit;
import org.ecvetledger.domain.unit.LearningOutcome;
import org.ecvetledger.domain.unit.LearningOutcomeCategory;
import org.ecvetledger.domain.unit.PublishUnit;
import org.ecvetledger.domain.unit.UnitDescription;

/**
 * A realistic demonstration catalogue, as the commands an operator would send: institutions in five
 * countries; a BAC PRO-style qualification without points (coefficients, grades 0–20, an optional
 * mobility unit) in two versions with a transition table; a Malta-style 120-point qualification
 * built from short courses; an Italian regional care qualification gated by a final examination; a
 * common-core hygiene unit attached to two health professions with different weights; and an
 * equivalence. Sources: DOMAIN.md (e), SCENARIOS S17–S20, S24, S28; [SEED F13, F29, F33, F39, F40, F123].
 */
public final class DemoCatalogue {

    public static final InstitutionId MEN = new InstitutionId("FR-MEN");
    public static final InstitutionId LYCEE_BRANLY = new InstitutionId("FR-LYCEE-BRANLY");
    public static final InstitutionId BERUFSSCHULE = new InstitutionId("DE-BS-MUENCHEN");
    public static final InstitutionId MCAST = new InstitutionId("MT-MCAST");
    public static final InstitutionId REGIONE_LAZIO = new InstitutionId("IT-LAZIO");
    public static final InstitutionId ENTE_ROMA = new InstitutionId("IT-ENTE-FORM-ROMA");
    public static final InstitutionId IFAPME = new InstitutionId("BE-IFAPME");

    public static final QualificationRef BACPRO_2013 = QualificationRef.of("FR-BACPRO-MELEC", 1);
    public static final QualificationRef BACPRO_2025 = QualificationRef.of("FR-BACPRO-MELEC", 2);
    public static final QualificationRef MALTA_CARE = QualificationRef.of("MT-HSC-MQF4", 1);
    public static final QualificationRef LAZIO_OSS = QualificationRef.of("IT-LAZIO-OSS", 1);
    public static final QualificationRef LAZIO_ASO = QualificationRef.of("IT-LAZIO-ASO", 1);
    public static final UnitRef COMMON_CORE_HYGIENE = UnitRef.of("CC-HYGIENE", 1);
    public static final UnitRef MOBILITY_UNIT = UnitRef.of("UO-MOB", 1);

    private static final LocalDate PUBLISHED_2013 = LocalDate.of(2013, 9, 1);
    private static final LocalDate PUBLISHED_2021 = LocalDate.of(2021, 9, 1);
    private static final LocalDate PUBLISHED_2025 = LocalDate.of(2025, 9, 1);
    private static final GradingScale ZERO_TO_TWENTY = new GradingScale(BigDecimal.ZERO, BigDecimal.valueOf(20));
    private static final EquivalenceId HYGIENE_TO_MALTA =
            new EquivalenceId(UUID.fromString("01a21e00-5eed-7000-8000-00000000c0de"));

    private DemoCatalogue() {}

    /** Every command of the demonstration, in an order the catalogue's rules accept. */
    public static List<Object> commands() {
        var commands = new ArrayList<Object>();
        institutions(commands);
        bacPro(commands);
        malta(commands);
        lazio(commands);
        commands.add(new DeclareUnitEquivalence(
                HYGIENE_TO_MALTA,
                new EquivalenceTerms(
                        COMMON_CORE_HYGIENE,
                        UnitRef.of("MT-HSC-102", 1),
                        Coverage.PARTIAL,
                        List.of("LO1", "LO2"),
                        EquivalenceBasis.MOU,
                        "MoU Lazio–MCAST on care qualifications, 2024"),
                MCAST,
                LocalDate.of(2024, 9, 1)));
        return List.copyOf(commands);
    }

    private static void institutions(List<Object> commands) {
        register(commands, MEN, "Ministère de l'Éducation nationale", "FR", InstitutionKind.MINISTRY);
        register(
                commands,
                LYCEE_BRANLY,
                "Lycée professionnel Édouard Branly",
                "FR/Île-de-France",
                InstitutionKind.SCHOOL);
        register(
                commands,
                BERUFSSCHULE,
                "Städtische Berufsschule für Elektrotechnik München",
                "DE/Bayern",
                InstitutionKind.SCHOOL);
        register(
                commands,
                MCAST,
                "Malta College of Arts, Science and Technology",
                "MT",
                InstitutionKind.TRAINING_CENTRE);
        register(commands, REGIONE_LAZIO, "Regione Lazio", "IT/Lazio", InstitutionKind.REGIONAL_AUTHORITY);
        register(
                commands,
                ENTE_ROMA,
                "Ente di formazione professionale Roma",
                "IT/Lazio",
                InstitutionKind.TRAINING_CENTRE);
        register(
                commands,
                IFAPME,
                "Institut wallon de formation en alternance (IFAPME)",
                "BE/FR-community/Wallonia",
                InstitutionKind.TRAINING_CENTRE);

        var bacPro = new QualificationId("FR-BACPRO-MELEC");
        grant(commands, MEN, bacPro, "FR", InstitutionFunction.DESIGN, InstitutionFunction.AWARD);
        grant(
                commands,
                LYCEE_BRANLY,
                bacPro,
                "FR",
                InstitutionFunction.ASSESS,
                InstitutionFunction.VALIDATE,
                InstitutionFunction.RECOGNISE);
        grant(commands, BERUFSSCHULE, bacPro, "FR", InstitutionFunction.ASSESS);
        grant(
                commands,
                MCAST,
                new QualificationId("MT-HSC-MQF4"),
                "MT",
                InstitutionFunction.DESIGN,
                InstitutionFunction.ALLOCATE_POINTS,
                InstitutionFunction.ASSESS,
                InstitutionFunction.VALIDATE,
                InstitutionFunction.RECOGNISE,
                InstitutionFunction.AWARD);
        // Italy: the provider examines, the Region awards ([SEED F29])
        for (var standard : List.of(new QualificationId("IT-LAZIO-OSS"), new QualificationId("IT-LAZIO-ASO"))) {
            grant(commands, REGIONE_LAZIO, standard, "IT/Lazio", InstitutionFunction.DESIGN, InstitutionFunction.AWARD);
            grant(commands, ENTE_ROMA, standard, "IT/Lazio", InstitutionFunction.ASSESS, InstitutionFunction.VALIDATE);
        }
        grant(
                commands,
                IFAPME,
                null,
                "BE/FR-community/Wallonia",
                InstitutionFunction.ASSESS,
                InstitutionFunction.VALIDATE,
                InstitutionFunction.RECOGNISE);
    }

    /** BAC PRO MELEC-style: about ten units, coefficients, grades 0–20, no points ([SEED F33, F37, F40]). */
    private static void bacPro(List<Object> commands) {
        record BacUnit(String code, String fr, String en, int coefficient) {}
        var units = List.of(
                new BacUnit("U11", "Analyse d'une installation", "Analysis of an installation", 2),
                new BacUnit("U12", "Mathématiques", "Mathematics", 1),
                new BacUnit("U13", "Physique-chimie", "Physics and chemistry", 1),
                new BacUnit("U2", "Préparation d'une opération", "Preparation of an operation", 3),
                new BacUnit("U31", "Réalisation d'une installation", "Realisation of an installation", 2),
                new BacUnit("U32", "Livraison d'une installation", "Delivery of an installation", 2),
                new BacUnit("U33", "Dépannage d'une installation", "Troubleshooting an installation", 2),
                new BacUnit("U34", "Économie-gestion", "Economics and management", 1),
                new BacUnit("U4", "Langue vivante", "Modern language", 2),
                new BacUnit("U5", "Français, histoire-géographie", "French, history and geography", 5),
                new BacUnit("U6", "Arts appliqués", "Applied arts", 1),
                new BacUnit("U7", "Éducation physique et sportive", "Physical education", 1));
        for (var unit : units) {
            defineAndPublish(
                    commands,
                    UnitRef.of(unit.code(), 1),
                    text("fr", unit.fr(), unit.en()),
                    MEN,
                    Set.of(4),
                    null,
                    PUBLISHED_2013,
                    "LO1",
                    "LO2",
                    "LO3",
                    "LO4",
                    "LO5",
                    "LO6");
        }
        // the optional unit for competence gained through mobility ([SEED F39]); never replaces a mandatory unit
        defineAndPublish(
                commands,
                MOBILITY_UNIT,
                text("fr", "Unité facultative de mobilité", "Optional mobility unit: multicultural competence"),
                MEN,
                Set.of(4),
                null,
                PUBLISHED_2013,
                "LO1",
                "LO2",
                "LO3");

        commands.add(new DraftQualificationStandard(BACPRO_2013, bacProProfile(), List.of()));
        for (var unit : units) {
            commands.add(new AttachUnit(
                    BACPRO_2013,
                    UnitRef.of(unit.code(), 1),
                    UnitRole.MANDATORY,
                    null,
                    null,
                    BigDecimal.valueOf(unit.coefficient()),
                    false));
        }
        commands.add(new AttachUnit(BACPRO_2013, MOBILITY_UNIT, UnitRole.OPTIONAL, null, null, BigDecimal.ONE, true));
        commands.add(new DefineAwardRules(BACPRO_2013, bacProRules()));
        commands.add(new PublishQualificationStandard(BACPRO_2013, PUBLISHED_2013));

        // 2025 reform: U31 and U32 are rewritten (S28); U31→U3A in full, U32→U3B partly
        defineAndPublish(
                commands,
                UnitRef.of("U3A", 1),
                text("fr", "Réalisation et mise en service", "Realisation and commissioning"),
                MEN,
                Set.of(4),
                null,
                PUBLISHED_2025,
                "LO1",
                "LO2",
                "LO3",
                "LO4",
                "LO5",
                "LO6");
        defineAndPublish(
                commands,
                UnitRef.of("U3B", 1),
                text("fr", "Livraison et relation client", "Delivery and customer relations"),
                MEN,
                Set.of(4),
                null,
                PUBLISHED_2025,
                "LO1",
                "LO2",
                "LO3",
                "LO4",
                "LO5",
                "LO6",
                "LO7",
                "LO8");
        commands.add(new DraftQualificationStandard(
                BACPRO_2025,
                bacProProfile(),
                List.of(
                        new UnitTransition(UnitRef.of("U31", 1), UnitRef.of("U3A", 1), Coverage.FULL, List.of()),
                        new UnitTransition(
                                UnitRef.of("U32", 1),
                                UnitRef.of("U3B", 1),
                                Coverage.PARTIAL,
                                List.of("LO1", "LO2", "LO3", "LO4", "LO5", "LO6")))));
        for (var unit : units) {
            var ref = switch (unit.code()) {
                case "U31" -> UnitRef.of("U3A", 1);
                case "U32" -> UnitRef.of("U3B", 1);
                default -> UnitRef.of(unit.code(), 1);
            };
            commands.add(new AttachUnit(
                    BACPRO_2025, ref, UnitRole.MANDATORY, null, null, BigDecimal.valueOf(unit.coefficient()), false));
        }
        commands.add(new AttachUnit(BACPRO_2025, MOBILITY_UNIT, UnitRole.OPTIONAL, null, null, BigDecimal.ONE, true));
        commands.add(new DefineAwardRules(BACPRO_2025, bacProRules()));
        commands.add(new PublishQualificationStandard(BACPRO_2025, PUBLISHED_2025));
    }

    private static QualificationProfile bacProProfile() {
        return new QualificationProfile(
                text(
                        "fr",
                        "Baccalauréat professionnel Métiers de l'électricité et de ses environnements connectés",
                        "Vocational baccalaureate in electrical trades and connected environments"),
                Jurisdiction.of("FR"),
                List.of(MEN),
                4,
                "4",
                false,
                false,
                CreditFramework.NONE,
                null,
                null,
                ZERO_TO_TWENTY,
                ResitPolicy.LATEST,
                UnitResultRule.ALL_LEARNING_OUTCOMES);
    }

    /** Decision (j)1: average ≥ 10 on 0–20; the optional mobility unit is not counted (R16). */
    private static AwardRuleSet bacProRules() {
        return new AwardRuleSet(List.of(
                new AwardRule.AllMandatoryUnits(),
                new AwardRule.WeightedAverage(BigDecimal.TEN, ThresholdComparator.AT_LEAST, false)));
    }

    /** Malta-style MQF 4: 120 ECVET points (2 years × 60), short courses across IVET and CPD ([SEED F13, F14]). */
    private static void malta(List<Object> commands) {
        record Course(String code, String title, long points, UnitRole role) {}
        var courses = List.of(
                new Course("MT-HSC-101", "Principles of person-centred care", 30, UnitRole.MANDATORY),
                new Course("MT-HSC-102", "Health, safety and infection control", 20, UnitRole.ELECTIVE),
                new Course("MT-HSC-103", "Supporting daily living activities", 40, UnitRole.ELECTIVE),
                new Course("MT-HSC-104", "Care in the community", 60, UnitRole.ELECTIVE),
                new Course("MT-HSC-105", "Dementia care", 30, UnitRole.ELECTIVE));
        for (var course : courses) {
            defineAndPublish(
                    commands,
                    UnitRef.of(course.code(), 1),
                    MultilingualText.of("en", course.title()),
                    MCAST,
                    Set.of(4),
                    null,
                    PUBLISHED_2021,
                    "LO1",
                    "LO2",
                    "LO3",
                    "LO4");
        }
        commands.add(new DraftQualificationStandard(
                MALTA_CARE,
                new QualificationProfile(
                        MultilingualText.of("en", "Advanced Diploma in Health and Social Care"),
                        Jurisdiction.of("MT"),
                        List.of(MCAST),
                        4,
                        "MQF 4",
                        false,
                        false,
                        CreditFramework.ECVET,
                        CreditPoints.of(120),
                        BigDecimal.valueOf(2),
                        null,
                        ResitPolicy.BEST,
                        UnitResultRule.ALL_LEARNING_OUTCOMES),
                List.of()));
        for (var course : courses) {
            commands.add(new AttachUnit(
                    MALTA_CARE,
                    UnitRef.of(course.code(), 1),
                    course.role(),
                    course.role() == UnitRole.ELECTIVE ? "short-courses" : null,
                    CreditPoints.of(course.points()),
                    null,
                    false));
        }
        commands.add(new DefineAwardRules(
                MALTA_CARE,
                new AwardRuleSet(List.of(
                        new AwardRule.AllMandatoryUnits(),
                        new AwardRule.ElectiveGroup("short-courses", null, CreditPoints.of(90)),
                        new AwardRule.MinimumPoints(CreditPoints.of(120)),
                        new AwardRule.UnitValidityInTime()))));
        commands.add(new PublishQualificationStandard(MALTA_CARE, PUBLISHED_2021));
    }

    /**
     * Italian regional care qualifications: no points, award only on a final examination organised
     * by the provider and awarded by the Region ([SEED F29]); a common-core hygiene unit shared by
     * two health professions, weighted differently in each ([SEED F123, F127]).
     */
    private static void lazio(List<Object> commands) {
        defineAndPublish(
                commands,
                COMMON_CORE_HYGIENE,
                text("it", "Igiene e prevenzione delle infezioni", "Hygiene and infection prevention"),
                REGIONE_LAZIO,
                Set.of(3, 4),
                Period.ofYears(5),
                PUBLISHED_2021,
                "LO1",
                "LO2",
                "LO3");
        var oss = List.of(
                unitIt("IT-OSS-1", "Assistenza alla persona", "Personal care"),
                unitIt("IT-OSS-2", "Comunicazione e relazione", "Communication and relations"),
                unitIt("IT-OSS-3", "Organizzazione del servizio", "Service organisation"));
        var aso = List.of(
                unitIt("IT-ASO-1", "Accoglienza del paziente in studio", "Welcoming patients to the practice"),
                unitIt("IT-ASO-2", "Strumentario e sterilizzazione", "Instruments and sterilisation"));
        for (var unit : concat(oss, aso)) {
            defineAndPublish(
                    commands,
                    unit.getKey(),
                    unit.getValue(),
                    REGIONE_LAZIO,
                    Set.of(3),
                    null,
                    PUBLISHED_2021,
                    "LO1",
                    "LO2",
                    "LO3",
                    "LO4");
        }
        var rules =
                new AwardRuleSet(List.of(new AwardRule.AllMandatoryUnits(), new AwardRule.FinalExaminationRequired()));
        lazioStandard(
                commands,
                LAZIO_OSS,
                text("it", "Operatore socio-sanitario", "Social and health care operator"),
                oss,
                BigDecimal.valueOf(2),
                rules);
        lazioStandard(
                commands,
                LAZIO_ASO,
                text("it", "Assistente di studio odontoiatrico", "Dental practice assistant"),
                aso,
                BigDecimal.ONE,
                rules);
    }

    private static void lazioStandard(
            List<Object> commands,
            QualificationRef standard,
            MultilingualText title,
            List<Map.Entry<UnitRef, MultilingualText>> units,
            BigDecimal hygieneWeight,
            AwardRuleSet rules) {
        commands.add(new DraftQualificationStandard(
                standard,
                new QualificationProfile(
                        title,
                        Jurisdiction.of("IT/Lazio"),
                        List.of(REGIONE_LAZIO),
                        3,
                        "3",
                        false,
                        true,
                        CreditFramework.NONE,
                        null,
                        null,
                        null,
                        ResitPolicy.LATEST,
                        UnitResultRule.ALL_ASSESSMENTS),
                List.of()));
        commands.add(
                new AttachUnit(standard, COMMON_CORE_HYGIENE, UnitRole.MANDATORY, null, null, hygieneWeight, false));
        for (var unit : units) {
            commands.add(new AttachUnit(standard, unit.getKey(), UnitRole.MANDATORY, null, null, null, false));
        }
        commands.add(new DefineAwardRules(standard, rules));
        commands.add(new PublishQualificationStandard(standard, PUBLISHED_2021));
    }

    private static Map.Entry<UnitRef, MultilingualText> unitIt(String code, String it, String en) {
        return Map.entry(UnitRef.of(code, 1), new MultilingualText(Map.of("it", it, "en", en)));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static void register(
            List<Object> commands, InstitutionId id, String name, String where, InstitutionKind kind) {
        commands.add(new RegisterInstitution(id, name, Jurisdiction.of(where), kind));
    }

    private static void grant(
            List<Object> commands,
            InstitutionId id,
            QualificationId standard,
            String where,
            InstitutionFunction... functions) {
        for (var function : functions) {
            commands.add(new GrantFunction(
                    id, new FunctionGrant(function, standard, Jurisdiction.of(where)), LocalDate.of(2013, 1, 1)));
        }
    }

    private static void defineAndPublish(
            List<Object> commands,
            UnitRef unit,
            MultilingualText title,
            InstitutionId owner,
            Set<Integer> eqfLevels,
            Period validity,
            LocalDate publishedOn,
            String... outcomes) {
        var learningOutcomes = Arrays.stream(outcomes)
                .map(id -> new LearningOutcome(
                        id,
                        MultilingualText.of("en", title.in("en") + ": outcome " + id),
                        id.equals("LO1") ? LearningOutcomeCategory.KNOWLEDGE : LearningOutcomeCategory.SKILLS,
                        null))
                .toList();
        commands.add(new DefineUnit(
                unit,
                new UnitDescription(
                        title,
                        learningOutcomes,
                        List.of("Observed in a real or simulated work situation"),
                        eqfLevels,
                        validity,
                        owner)));
        commands.add(new PublishUnit(unit, publishedOn));
    }

    /** A title in its original language with its English translation. */
    private static MultilingualText text(String language, String original, String english) {
        return new MultilingualText(Map.of(language, original, "en", english));
    }
}
