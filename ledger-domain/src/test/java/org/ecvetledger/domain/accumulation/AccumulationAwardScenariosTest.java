package org.ecvetledger.domain.accumulation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ecvetledger.domain.assessment.LedgerFixtures.anAssessmentOf;
import static org.ecvetledger.domain.assessment.LedgerFixtures.assessmentId;
import static org.ecvetledger.domain.assessment.LedgerFixtures.profile;
import static org.ecvetledger.domain.assessment.LedgerFixtures.record;
import static org.ecvetledger.domain.catalogue.RuleViolations.findings;
import static org.ecvetledger.domain.catalogue.RuleViolations.violates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.AssessmentRecorded;
import org.ecvetledger.domain.assessment.LearningSetting;
import org.ecvetledger.domain.assessment.LedgerFixtures;
import org.ecvetledger.domain.catalogue.CatalogueFixtures;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.qualification.AttachedUnit;
import org.ecvetledger.domain.qualification.AwardRule;
import org.ecvetledger.domain.qualification.AwardRuleSet;
import org.ecvetledger.domain.qualification.Eligibility;
import org.ecvetledger.domain.qualification.QualificationRules;
import org.ecvetledger.domain.qualification.ResitPolicy;
import org.ecvetledger.domain.qualification.StandardDefinition;
import org.ecvetledger.domain.qualification.ThresholdComparator;
import org.ecvetledger.domain.qualification.UnitRole;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AssessmentMethod;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.LedgerRuleViolation;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.Test;

/**
 * Accumulation to the award on a learner's pathway (DOMAIN c4, c5; R7, R9, R12, R15–R17, R22;
 * S14, S15, S17–S20, S34): the award rule sets of {@code CatalogueAwardRuleScenariosTest}, decided
 * on the pathway's own recognitions.
 */
class AccumulationAwardScenariosTest {

    private static final LearnerId LEARNER = LearnerId.of("01a21e00-0000-7000-8000-0000000000c1");
    private static final LearnerId SECOND_LEARNER = LearnerId.of("01a21e00-0000-7000-8000-0000000000c2");

    /** One assessment of a learner's unit on a day: a stable id derived from the three. */
    private static AssessmentId assessmentOf(LearnerId learner, UnitRef unit, LocalDate on) {
        return new AssessmentId(UUID.nameUUIDFromBytes((learner + "|" + unit + "|" + on).getBytes(UTF_8)));
    }

    private static FixtureConfiguration<LearnerPathway> fixtureOn(LedgerFixtures.Ledger ledger) {
        var fixture = new AggregateTestFixture<>(LearnerPathway.class);
        fixture.registerInjectableResource(ledger);
        return fixture;
    }

    private static StandardDefinition definition(
            QualificationRef standard,
            String jurisdiction,
            InstitutionId awardingBody,
            CreditPoints total,
            List<AttachedUnit> units,
            AwardRule... rules) {
        var framework = total == null ? CreditFramework.NONE : CreditFramework.ECVET;
        var scale = total == null ? LedgerFixtures.ZERO_TO_TWENTY : null;
        return new StandardDefinition(
                standard,
                profile(jurisdiction, awardingBody, framework, total, scale, ResitPolicy.LATEST),
                new QualificationRules(framework, total, units, new AwardRuleSet(List.of(rules)), scale));
    }

    private static AttachedUnit unit(UnitRef unit, UnitRole role, String group, long points) {
        return new AttachedUnit(unit, role, group, CreditPoints.of(points), null, false, null);
    }

    /**
     * Credit for every outcome (LO1, LO2) of a unit, assessed, validated and recognised on the
     * journey's pathway by one institution holding the assess, validate and recognise functions.
     */
    private static List<Object> creditFor(
            PathwayJourney journey,
            LedgerFixtures.Ledger ledger,
            LearnerId learner,
            QualificationRef standard,
            Actor institution,
            UnitRef unit,
            String grade,
            LocalDate on) {
        var assessment = anAssessmentOf(learner, standard)
                .by(institution)
                .on(on.minusDays(10))
                .achieving(unit, "LO1", "LO2");
        if (grade != null) {
            assessment.graded(unit, grade);
        }
        var id = assessmentOf(learner, unit, on);
        ledger.record(new AssessmentRecorded(id, assessment.content()));
        journey.accept(
                new ValidateCredit(learner, standard.id(), unit, List.of(), List.of(id), institution, on.minusDays(1)));
        return journey.accept(new RecogniseUnit(learner, standard.id(), unit, institution, on));
    }

    // --- S14: RPL in construction (COLOR), Campania ---

    private static final QualificationRef CAMPANIA_EDILE = QualificationRef.of("IT-CAMPANIA-EDILE", 1);
    private static final InstitutionId FORMEDIL = new InstitutionId("IT-FORMEDIL-CAMPANIA");
    private static final Actor FORMEDIL_ASSESSOR = new Actor(FORMEDIL, "ing. Russo");
    private static final UnitRef COLOR_1 = UnitRef.of("COLOR-01", 1);
    private static final UnitRef COLOR_2 = UnitRef.of("COLOR-02", 1);
    private static final UnitRef CANTIERE = UnitRef.of("EDIL-03", 1);

    private static LedgerFixtures.Ledger campania() {
        return new LedgerFixtures.Ledger()
                .register(FORMEDIL)
                .learner(LEARNER)
                .learner(SECOND_LEARNER)
                .define(definition(
                        CAMPANIA_EDILE,
                        "IT/Campania",
                        FORMEDIL,
                        CreditPoints.of(120),
                        List.of(
                                unit(COLOR_1, UnitRole.MANDATORY, null, 30),
                                unit(COLOR_2, UnitRole.MANDATORY, null, 30),
                                unit(CANTIERE, UnitRole.MANDATORY, null, 60)),
                        new AwardRule.AllMandatoryUnits()))
                .publishedUnit(COLOR_1, "LO1", "LO2")
                .publishedUnit(COLOR_2, "LO1", "LO2")
                .publishedUnit(CANTIERE, "LO1", "LO2")
                .grant(FORMEDIL, InstitutionFunction.ASSESS, CAMPANIA_EDILE)
                .grant(FORMEDIL, InstitutionFunction.VALIDATE, CAMPANIA_EDILE)
                .grant(FORMEDIL, InstitutionFunction.RECOGNISE, CAMPANIA_EDILE);
    }

    /** One practical assessment of both COLOR units, in the given setting; validated and recognised. */
    private static List<UnitRecognised> bothColorUnitsRecognised(
            LedgerFixtures.Ledger ledger, LearnerId learner, LearningSetting setting, AssessmentId id) {
        record(
                ledger,
                id,
                anAssessmentOf(learner, CAMPANIA_EDILE)
                        .by(FORMEDIL_ASSESSOR)
                        .setting(setting)
                        .method(AssessmentMethod.WORK_SIMULATION)
                        .on(LocalDate.of(2025, 3, 12))
                        .achieving(COLOR_1, "LO1", "LO2")
                        .achieving(COLOR_2, "LO1", "LO2")
                        .content());
        var journey = new PathwayJourney(ledger);
        var day = LocalDate.of(2025, 4, 1);
        journey.accept(new EnrolLearner(
                learner, CAMPANIA_EDILE, new Actor(FORMEDIL, "enrolment officer"), LocalDate.of(2025, 2, 3)));
        for (var unit : List.of(COLOR_1, COLOR_2)) {
            journey.accept(new ValidateCredit(
                    learner, CAMPANIA_EDILE.id(), unit, List.of(), List.of(id), FORMEDIL_ASSESSOR, day));
        }
        for (var unit : List.of(COLOR_1, COLOR_2)) {
            journey.accept(new RecogniseUnit(learner, CAMPANIA_EDILE.id(), unit, FORMEDIL_ASSESSOR, day));
        }
        journey.accept(new EvaluateAwardEligibility(learner, CAMPANIA_EDILE.id(), day));
        var evaluation = journey.history(AwardEligibilityEvaluated.class).get(0);
        assertThat(evaluation.eligible())
                .as("two of three units make a partial qualification")
                .isFalse();
        assertThat(evaluation.trace())
                .flatExtracting(Eligibility.RuleOutcome::reasons)
                .containsExactly("MISSING_MANDATORY:EDIL-03");
        return journey.history(UnitRecognised.class);
    }

    @Test
    void S14_informal_learning_assessed_and_validated_gives_two_recognitions() {
        var recognitions = bothColorUnitsRecognised(campania(), LEARNER, LearningSetting.INFORMAL, assessmentId(1401));

        assertThat(recognitions)
                .extracting(UnitRecognised::unit, UnitRecognised::points, UnitRecognised::basis)
                .containsExactly(
                        tuple(COLOR_1, CreditPoints.of(30), List.of(assessmentId(1401))),
                        tuple(COLOR_2, CreditPoints.of(30), List.of(assessmentId(1401))));
    }

    @Test
    void S14_R22_the_learning_setting_does_not_change_the_recognised_outcome() {
        var informal = bothColorUnitsRecognised(campania(), LEARNER, LearningSetting.INFORMAL, assessmentId(1402));
        var formal = bothColorUnitsRecognised(campania(), SECOND_LEARNER, LearningSetting.FORMAL, assessmentId(1403));

        assertThat(informal)
                .extracting(
                        UnitRecognised::standard,
                        UnitRecognised::unit,
                        UnitRecognised::points,
                        UnitRecognised::grade,
                        UnitRecognised::optionalUnit,
                        UnitRecognised::recognisedBy,
                        UnitRecognised::effectiveDate)
                .isEqualTo(formal.stream()
                        .map(r -> tuple(
                                r.standard(),
                                r.unit(),
                                r.points(),
                                r.grade(),
                                r.optionalUnit(),
                                r.recognisedBy(),
                                r.effectiveDate()))
                        .toList());
    }

    // --- S15: RPL in care (I CARE), Lombardy, gated by a final examination ---

    private static final QualificationRef LOMBARDIA_OSS = QualificationRef.of("IT-LOMBARDIA-OSS", 1);
    private static final InstitutionId REGIONE_LOMBARDIA = new InstitutionId("IT-REGIONE-LOMBARDIA");
    private static final InstitutionId VET_PROVIDER = new InstitutionId("IT-ENAIP-MILANO");
    private static final Actor REGION_OFFICER = new Actor(REGIONE_LOMBARDIA, "dott.ssa Colombo");
    private static final Actor PROVIDER_EXAMINER = new Actor(VET_PROVIDER, "prof. Bianchi");
    private static final UnitRef ASA_01 = UnitRef.of("ASA-01", 1);
    private static final UnitRef ASA_02 = UnitRef.of("ASA-02", 1);
    private static final PathwayId OSS_PATHWAY = new PathwayId(LEARNER, LOMBARDIA_OSS.id());
    private static final LocalDate EXAMINED_ON = LocalDate.of(2025, 6, 20);
    private static final LocalDate AWARDED_ON = LocalDate.of(2025, 7, 1);

    /** The provider assesses, validates, recognises and runs the final examination; only the Region awards (R2, [SEED F29]). */
    private static LedgerFixtures.Ledger lombardy() {
        return new LedgerFixtures.Ledger()
                .register(REGIONE_LOMBARDIA, VET_PROVIDER)
                .learner(LEARNER)
                .define(definition(
                        LOMBARDIA_OSS,
                        "IT/Lombardia",
                        REGIONE_LOMBARDIA,
                        null,
                        List.of(
                                new AttachedUnit(ASA_01, UnitRole.MANDATORY, null, null, null, false, null),
                                new AttachedUnit(ASA_02, UnitRole.MANDATORY, null, null, null, false, null)),
                        new AwardRule.AllMandatoryUnits(),
                        new AwardRule.FinalExaminationRequired()))
                .publishedUnit(ASA_01, "LO1", "LO2")
                .publishedUnit(ASA_02, "LO1", "LO2")
                .grant(VET_PROVIDER, InstitutionFunction.ASSESS, LOMBARDIA_OSS)
                .grant(VET_PROVIDER, InstitutionFunction.VALIDATE, LOMBARDIA_OSS)
                .grant(VET_PROVIDER, InstitutionFunction.RECOGNISE, LOMBARDIA_OSS)
                .grant(REGIONE_LOMBARDIA, InstitutionFunction.AWARD, LOMBARDIA_OSS);
    }

    private static List<Object> allUnitsRecognisedInLombardy() {
        var on = LocalDate.of(2025, 5, 2);
        return List.of(
                new LearnerEnrolled(
                        OSS_PATHWAY,
                        LOMBARDIA_OSS,
                        new Actor(VET_PROVIDER, "enrolment officer"),
                        LocalDate.of(2024, 10, 1)),
                new UnitRecognised(
                        OSS_PATHWAY,
                        LOMBARDIA_OSS,
                        ASA_01,
                        null,
                        null,
                        false,
                        List.of(assessmentId(1501)),
                        PROVIDER_EXAMINER,
                        on,
                        null),
                new UnitRecognised(
                        OSS_PATHWAY,
                        LOMBARDIA_OSS,
                        ASA_02,
                        null,
                        null,
                        false,
                        List.of(assessmentId(1502)),
                        PROVIDER_EXAMINER,
                        on,
                        null));
    }

    private static AwardQualification awardBy(Actor body) {
        return new AwardQualification(LEARNER, LOMBARDIA_OSS.id(), body, AWARDED_ON, "Regional decree (DGR) on OSS");
    }

    private static FinalExaminationRecorded examinationPassed() {
        return new FinalExaminationRecorded(
                OSS_PATHWAY, LOMBARDIA_OSS, PROVIDER_EXAMINER, EXAMINED_ON, true, new BigDecimal("27"));
    }

    @Test
    void S15_every_unit_recognised_without_a_passed_final_examination_is_not_eligible_for_the_award() {
        fixtureOn(lombardy())
                .given(allUnitsRecognisedInLombardy())
                .when(awardBy(REGION_OFFICER))
                .expectNoEvents()
                .expectException(violates("not-eligible"))
                .expectException(findings("FinalExaminationRequired"));
    }

    @Test
    void S15_the_provider_organising_the_examination_records_it_passed() {
        fixtureOn(lombardy())
                .given(allUnitsRecognisedInLombardy())
                .when(new RecordFinalExamination(
                        LEARNER, LOMBARDIA_OSS.id(), PROVIDER_EXAMINER, EXAMINED_ON, true, new BigDecimal("27")))
                .expectEvents(examinationPassed());
    }

    @Test
    void S15_the_region_without_the_assess_function_does_not_record_the_examination() {
        fixtureOn(lombardy())
                .given(allUnitsRecognisedInLombardy())
                .when(new RecordFinalExamination(
                        LEARNER, LOMBARDIA_OSS.id(), REGION_OFFICER, EXAMINED_ON, true, new BigDecimal("27")))
                .expectNoEvents()
                .expectException(violates("not-authorised"));
    }

    @Test
    void S15_after_a_passed_final_examination_the_region_awards_the_qualification() {
        var history = new ArrayList<>(allUnitsRecognisedInLombardy());
        history.add(examinationPassed());

        fixtureOn(lombardy())
                .given(history)
                .when(awardBy(REGION_OFFICER))
                .expectEvents(new QualificationAwarded(
                        OSS_PATHWAY,
                        LOMBARDIA_OSS,
                        false,
                        null,
                        List.of(ASA_01, ASA_02),
                        null,
                        REGION_OFFICER,
                        AWARDED_ON,
                        "Regional decree (DGR) on OSS"));
    }

    @Test
    void S15_the_provider_without_the_award_function_cannot_award_even_after_the_examination() {
        var history = new ArrayList<>(allUnitsRecognisedInLombardy());
        history.add(examinationPassed());

        fixtureOn(lombardy())
                .given(history)
                .when(awardBy(PROVIDER_EXAMINER))
                .expectNoEvents()
                .expectException(violates("not-authorised"));
    }

    @Test
    void S15_a_failed_resit_of_the_final_examination_after_a_pass_decides() {
        var history = new ArrayList<>(allUnitsRecognisedInLombardy());
        history.add(examinationPassed());
        history.add(new FinalExaminationRecorded(
                OSS_PATHWAY, LOMBARDIA_OSS, PROVIDER_EXAMINER, EXAMINED_ON.plusDays(3), false, null));

        fixtureOn(lombardy())
                .given(history)
                .when(awardBy(REGION_OFFICER))
                .expectNoEvents()
                .expectException(findings("FinalExaminationRequired"));
    }

    // --- S17, S18: Malta, MQF 4, 120 ECVET points ---

    private static final QualificationRef MQF4 = QualificationRef.of("MT-MQF4-HSC", 1);
    private static final Actor MCAST_REGISTRAR = new Actor(CatalogueFixtures.MCAST, "Ms Camilleri");
    private static final UnitRef IVET_101 = UnitRef.of("MT-IVET-101", 1);
    private static final UnitRef CPD_201 = UnitRef.of("MT-CPD-201", 1);
    private static final UnitRef CPD_301 = UnitRef.of("MT-CPD-301", 1);

    private static LedgerFixtures.Ledger malta(StandardDefinition definition) {
        var ledger = new LedgerFixtures.Ledger().learner(LEARNER).define(definition);
        for (var attached : definition.rules().units()) {
            ledger.publishedUnit(attached.unit(), "LO1", "LO2");
        }
        for (var function : InstitutionFunction.values()) {
            ledger.grant(CatalogueFixtures.MCAST, function, definition.standard());
        }
        return ledger;
    }

    /** 120 points = 2 × 60 (R6a): a mandatory 20-point course and 100 points of CPD electives. */
    private static StandardDefinition shortCourses() {
        var total = CreditPoints.of(120);
        return definition(
                MQF4,
                "MT",
                CatalogueFixtures.MCAST,
                total,
                List.of(
                        unit(IVET_101, UnitRole.MANDATORY, null, 20),
                        unit(CPD_201, UnitRole.ELECTIVE, "CPD", 40),
                        unit(CPD_301, UnitRole.ELECTIVE, "CPD", 60)),
                new AwardRule.AllMandatoryUnits(),
                new AwardRule.ElectiveGroup("CPD", null, CreditPoints.of(100)),
                new AwardRule.MinimumPoints(total));
    }

    @Test
    void S17_points_accumulate_across_short_courses_from_20_to_60_to_120_and_the_award() {
        var ledger = malta(shortCourses());
        var journey = new PathwayJourney(ledger);
        journey.accept(new EnrolLearner(
                LEARNER, MQF4, new Actor(CatalogueFixtures.MCAST, "enrolment officer"), LocalDate.of(2021, 10, 1)));
        var courses = List.of(IVET_101, CPD_201, CPD_301);
        var completed = List.of(LocalDate.of(2022, 6, 30), LocalDate.of(2023, 11, 15), LocalDate.of(2025, 5, 20));

        for (int i = 0; i < courses.size(); i++) {
            creditFor(journey, ledger, LEARNER, MQF4, MCAST_REGISTRAR, courses.get(i), null, completed.get(i));
            journey.accept(new EvaluateAwardEligibility(
                    LEARNER, MQF4.id(), completed.get(i).plusDays(1)));
        }
        var awarded = journey.accept(
                new AwardQualification(LEARNER, MQF4.id(), MCAST_REGISTRAR, LocalDate.of(2025, 6, 2), "MQF award"));

        var held = new ArrayList<CreditPoints>();
        var running = CreditPoints.ZERO;
        for (var recognition : journey.history(UnitRecognised.class)) {
            running = running.plus(recognition.points());
            held.add(running);
        }
        assertThat(held).containsExactly(CreditPoints.of(20), CreditPoints.of(60), CreditPoints.of(120));
        assertThat(journey.history(AwardEligibilityEvaluated.class))
                .extracting(AwardEligibilityEvaluated::eligible)
                .containsExactly(false, false, true);
        assertThat(journey.history(AwardEligibilityEvaluated.class).get(1).trace())
                .flatExtracting(Eligibility.RuleOutcome::reasons)
                .containsExactly("ELECTIVE_GROUP_POINTS_SHORT:CPD:40/100", "POINTS_SHORT:60/120");
        assertThat(awarded).singleElement().isInstanceOfSatisfying(QualificationAwarded.class, award -> {
            assertThat(award.pointsTotal()).isEqualTo(CreditPoints.of(120));
            assertThat(award.unitsCounted()).containsExactly(IVET_101, CPD_201, CPD_301);
            assertThat(award.awardedBy()).isEqualTo(MCAST_REGISTRAR);
            assertThat(award.grade()).isNull();
        });
    }

    @Test
    void S17_the_award_is_refused_while_points_are_short() {
        var ledger = malta(shortCourses());
        var journey = new PathwayJourney(ledger);
        journey.accept(new EnrolLearner(
                LEARNER, MQF4, new Actor(CatalogueFixtures.MCAST, "enrolment officer"), LocalDate.of(2021, 10, 1)));
        creditFor(journey, ledger, LEARNER, MQF4, MCAST_REGISTRAR, IVET_101, null, LocalDate.of(2022, 6, 30));
        creditFor(journey, ledger, LEARNER, MQF4, MCAST_REGISTRAR, CPD_201, null, LocalDate.of(2023, 11, 15));

        var refusal = journey.refuse(
                new AwardQualification(LEARNER, MQF4.id(), MCAST_REGISTRAR, LocalDate.of(2024, 1, 8), "MQF award"));

        assertThat(refusal).isInstanceOfSatisfying(LedgerRuleViolation.class, v -> {
            assertThat(v.rule()).isEqualTo("not-eligible");
            assertThat(v.findings())
                    .extracting(LedgerRuleViolation.Finding::rule)
                    .containsExactly("ElectiveGroup", "MinimumPoints");
        });
    }

    private static final UnitRef M1 = UnitRef.of("M1", 1);
    private static final UnitRef E1 = UnitRef.of("E1", 1);
    private static final UnitRef E2 = UnitRef.of("E2", 1);
    private static final UnitRef E3 = UnitRef.of("E3", 1);
    private static final UnitRef E4 = UnitRef.of("E4", 1);

    @Test
    void S18_130_elective_points_without_mandatory_M1_are_evaluated_ineligible() {
        var total = CreditPoints.of(120);
        var ledger = malta(definition(
                MQF4,
                "MT",
                CatalogueFixtures.MCAST,
                total,
                List.of(
                        unit(M1, UnitRole.MANDATORY, null, 30),
                        unit(E1, UnitRole.ELECTIVE, "OPT", 40),
                        unit(E2, UnitRole.ELECTIVE, "OPT", 40),
                        unit(E3, UnitRole.ELECTIVE, "OPT", 50),
                        unit(E4, UnitRole.ELECTIVE, "OPT", 30)),
                new AwardRule.AllMandatoryUnits(),
                new AwardRule.ElectiveGroup("OPT", null, CreditPoints.of(90)),
                new AwardRule.MinimumPoints(total)));
        var journey = new PathwayJourney(ledger);
        journey.accept(new EnrolLearner(
                LEARNER, MQF4, new Actor(CatalogueFixtures.MCAST, "enrolment officer"), LocalDate.of(2021, 10, 1)));
        var day = LocalDate.of(2024, 6, 1);
        for (var elective : List.of(E1, E2, E3)) {
            creditFor(journey, ledger, LEARNER, MQF4, MCAST_REGISTRAR, elective, null, day);
            day = day.plusMonths(3);
        }

        var evaluated = journey.accept(new EvaluateAwardEligibility(LEARNER, MQF4.id(), day));

        assertThat(evaluated).singleElement().isInstanceOfSatisfying(AwardEligibilityEvaluated.class, e -> {
            assertThat(e.eligible()).isFalse();
            assertThat(e.trace())
                    .flatExtracting(Eligibility.RuleOutcome::reasons)
                    .containsExactly("MISSING_MANDATORY:M1");
            assertThat(e.trace())
                    .filteredOn(o -> o.rule().equals("MinimumPoints"))
                    .singleElement()
                    .satisfies(o -> assertThat(o.explanation()).isEqualTo("Points are enough (130 of 120)."));
        });
        assertThat(journey.refuse(new AwardQualification(LEARNER, MQF4.id(), MCAST_REGISTRAR, day, "MQF award")))
                .isInstanceOfSatisfying(
                        LedgerRuleViolation.class,
                        v -> assertThat(v.findings())
                                .extracting(LedgerRuleViolation.Finding::rule)
                                .containsExactly("AllMandatoryUnits"));
    }

    // --- S19, S20: BAC PRO coefficients, grades on 0–20, no points ---

    private static final QualificationRef BACPRO = QualificationRef.of("FR-BACPRO-MEI", 1);
    private static final Actor LYCEE_PROVISEUR = new Actor(new InstitutionId("FR-LYCEE-DIDEROT"), "M. Martin");
    private static final Actor RECTORAT = new Actor(CatalogueFixtures.MINISTRY_FR, "Mme Lefèvre");
    private static final String[] BACPRO_UNITS = {"U1", "U2", "U3", "U4", "U5"};
    private static final String[] COEFFICIENTS = {"4", "2", "2", "1", "1"};
    private static final String[] S19_GRADES = {"8", "12", "13", "11", "10"};
    private static final UnitRef UO_MOB = UnitRef.of("UO-MOB", 1);

    private static LedgerFixtures.Ledger bacPro() {
        var units = new ArrayList<AttachedUnit>();
        for (int i = 0; i < BACPRO_UNITS.length; i++) {
            units.add(LedgerFixtures.weighted(UnitRef.of(BACPRO_UNITS[i], 1), UnitRole.MANDATORY, COEFFICIENTS[i]));
        }
        // the optional mobility unit, multicultural competence ([SEED F39]): coefficient 1, not counted by default
        // (R16)
        units.add(new AttachedUnit(UO_MOB, UnitRole.OPTIONAL, null, null, BigDecimal.ONE, true, null));
        var ledger = new LedgerFixtures.Ledger()
                .register(LYCEE_PROVISEUR.institution())
                .learner(LEARNER)
                .define(definition(
                        BACPRO,
                        "FR",
                        CatalogueFixtures.MINISTRY_FR,
                        null,
                        units,
                        new AwardRule.AllMandatoryUnits(),
                        new AwardRule.WeightedAverage(BigDecimal.TEN, ThresholdComparator.AT_LEAST, false)))
                .grant(LYCEE_PROVISEUR.institution(), InstitutionFunction.ASSESS, BACPRO)
                .grant(LYCEE_PROVISEUR.institution(), InstitutionFunction.VALIDATE, BACPRO)
                .grant(LYCEE_PROVISEUR.institution(), InstitutionFunction.RECOGNISE, BACPRO)
                .grant(CatalogueFixtures.MINISTRY_FR, InstitutionFunction.AWARD, BACPRO);
        for (var attached : units) {
            ledger.publishedUnit(attached.unit(), "LO1", "LO2");
        }
        return ledger;
    }

    /** The five mandatory units recognised with the S19 grades (8, 12, 13, 11, 10). */
    private static PathwayJourney bacProUnitsRecognised(LedgerFixtures.Ledger ledger) {
        var journey = new PathwayJourney(ledger);
        journey.accept(new EnrolLearner(
                LEARNER,
                BACPRO,
                new Actor(LYCEE_PROVISEUR.institution(), "enrolment officer"),
                LocalDate.of(2022, 9, 1)));
        for (int i = 0; i < BACPRO_UNITS.length; i++) {
            creditFor(
                    journey,
                    ledger,
                    LEARNER,
                    BACPRO,
                    LYCEE_PROVISEUR,
                    UnitRef.of(BACPRO_UNITS[i], 1),
                    S19_GRADES[i],
                    LocalDate.of(2025, 6, 20));
        }
        return journey;
    }

    private static AwardQualification rectoratAwardsBacPro() {
        return new AwardQualification(LEARNER, BACPRO.id(), RECTORAT, LocalDate.of(2025, 7, 4), "Code de l'éducation");
    }

    @Test
    void S19_the_award_carries_the_coefficient_weighted_average_and_compensates_a_weak_unit() {
        var journey = bacProUnitsRecognised(bacPro());

        var awarded = journey.accept(rectoratAwardsBacPro());

        // (8·4 + 12·2 + 13·2 + 11·1 + 10·1) / 10 = 103 / 10 = 10.3, although U1 = 8 < 10
        assertThat(awarded).singleElement().isInstanceOfSatisfying(QualificationAwarded.class, award -> {
            assertThat(award.grade()).isEqualByComparingTo("10.3");
            assertThat(award.pointsTotal()).as("R9: no points in BAC PRO").isNull();
            assertThat(award.awardedBy()).isEqualTo(RECTORAT);
        });
    }

    @Test
    void S20_the_optional_mobility_unit_is_recognised_as_optional() {
        var ledger = bacPro();
        var journey = new PathwayJourney(ledger);
        journey.accept(new EnrolLearner(
                LEARNER,
                BACPRO,
                new Actor(LYCEE_PROVISEUR.institution(), "enrolment officer"),
                LocalDate.of(2022, 9, 1)));

        var recognised =
                creditFor(journey, ledger, LEARNER, BACPRO, LYCEE_PROVISEUR, UO_MOB, "18", LocalDate.of(2025, 4, 11));

        assertThat(recognised).singleElement().isInstanceOfSatisfying(UnitRecognised.class, r -> {
            assertThat(r.unit()).isEqualTo(UO_MOB);
            assertThat(r.optionalUnit()).isTrue();
            assertThat(r.points()).isNull();
            assertThat(r.grade()).isEqualByComparingTo("18");
        });
    }

    @Test
    void S20_the_optional_mobility_unit_leaves_the_awards_average_unchanged() {
        for (var mobilityGrade : List.of("20", "2")) {
            var ledger = bacPro();
            var journey = bacProUnitsRecognised(ledger);
            creditFor(
                    journey,
                    ledger,
                    LEARNER,
                    BACPRO,
                    LYCEE_PROVISEUR,
                    UO_MOB,
                    mobilityGrade,
                    LocalDate.of(2025, 4, 11));

            var awarded = journey.accept(rectoratAwardsBacPro());

            assertThat(awarded)
                    .as("UO-MOB graded " + mobilityGrade)
                    .singleElement()
                    .isInstanceOfSatisfying(QualificationAwarded.class, award -> {
                        assertThat(award.grade()).isEqualByComparingTo("10.3");
                        assertThat(award.unitsCounted()).contains(UO_MOB);
                    });
        }
    }

    @Test
    void S20_the_mobility_unit_never_replaces_a_mandatory_unit() {
        var ledger = bacPro();
        var journey = new PathwayJourney(ledger);
        journey.accept(new EnrolLearner(
                LEARNER,
                BACPRO,
                new Actor(LYCEE_PROVISEUR.institution(), "enrolment officer"),
                LocalDate.of(2022, 9, 1)));
        for (int i = 0; i < 4; i++) {
            creditFor(
                    journey,
                    ledger,
                    LEARNER,
                    BACPRO,
                    LYCEE_PROVISEUR,
                    UnitRef.of(BACPRO_UNITS[i], 1),
                    "15",
                    LocalDate.of(2025, 6, 20));
        }
        creditFor(journey, ledger, LEARNER, BACPRO, LYCEE_PROVISEUR, UO_MOB, "20", LocalDate.of(2025, 4, 11));

        assertThat(journey.refuse(rectoratAwardsBacPro()))
                .isInstanceOfSatisfying(
                        LedgerRuleViolation.class,
                        v -> assertThat(v.findings())
                                .extracting(LedgerRuleViolation.Finding::rule)
                                .containsExactly("AllMandatoryUnits"));
    }

    // --- S34: validated but not recognised credit is no unit and no points (R7) ---

    @Test
    void S34_a_validated_but_unrecognised_unit_gives_no_recognition_and_no_points() {
        var ledger = malta(shortCourses());
        var journey = new PathwayJourney(ledger);
        journey.accept(new EnrolLearner(
                LEARNER, MQF4, new Actor(CatalogueFixtures.MCAST, "enrolment officer"), LocalDate.of(2021, 10, 1)));
        var id = assessmentOf(LEARNER, IVET_101, LocalDate.of(2022, 6, 20));
        ledger.record(new AssessmentRecorded(
                id,
                anAssessmentOf(LEARNER, MQF4)
                        .by(MCAST_REGISTRAR)
                        .on(LocalDate.of(2022, 6, 20))
                        .achieving(IVET_101, "LO1", "LO2")
                        .content()));
        journey.accept(new ValidateCredit(
                LEARNER, MQF4.id(), IVET_101, List.of(), List.of(id), MCAST_REGISTRAR, LocalDate.of(2022, 6, 29)));

        var evaluated = journey.accept(new EvaluateAwardEligibility(LEARNER, MQF4.id(), LocalDate.of(2022, 7, 1)));

        assertThat(journey.history(CreditValidated.class)).hasSize(1);
        assertThat(journey.history(UnitRecognised.class)).isEmpty();
        assertThat(evaluated)
                .singleElement()
                .isInstanceOfSatisfying(
                        AwardEligibilityEvaluated.class,
                        e -> assertThat(e.trace())
                                .flatExtracting(Eligibility.RuleOutcome::reasons)
                                .containsExactly(
                                        "MISSING_MANDATORY:MT-IVET-101",
                                        "ELECTIVE_GROUP_POINTS_SHORT:CPD:0/100",
                                        "POINTS_SHORT:0/120"));
    }

    @Test
    void an_award_without_any_recognised_unit_is_refused() {
        fixtureOn(malta(shortCourses()))
                .given(new LearnerEnrolled(
                        new PathwayId(LEARNER, MQF4.id()),
                        MQF4,
                        new Actor(CatalogueFixtures.MCAST, "enrolment officer"),
                        LocalDate.of(2021, 10, 1)))
                .when(new AwardQualification(
                        LEARNER, MQF4.id(), MCAST_REGISTRAR, LocalDate.of(2022, 7, 1), "MQF award"))
                .expectNoEvents()
                .expectException(violates("not-eligible"));
    }

    @Test
    void a_qualification_is_awarded_once() {
        var ledger = bacPro();
        var journey = bacProUnitsRecognised(ledger);
        journey.accept(rectoratAwardsBacPro());

        assertThat(journey.refuse(rectoratAwardsBacPro()))
                .isInstanceOfSatisfying(
                        LedgerRuleViolation.class, v -> assertThat(v.rule()).isEqualTo("already-awarded"));
    }
}
