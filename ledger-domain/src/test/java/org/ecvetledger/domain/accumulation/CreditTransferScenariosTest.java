package org.ecvetledger.domain.accumulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ecvetledger.domain.assessment.LedgerFixtures.profile;
import static org.ecvetledger.domain.catalogue.RuleViolations.violates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.LedgerFixtures;
import org.ecvetledger.domain.equivalence.EquivalenceBasis;
import org.ecvetledger.domain.equivalence.EquivalenceId;
import org.ecvetledger.domain.equivalence.EquivalenceRecord;
import org.ecvetledger.domain.equivalence.EquivalenceRegister;
import org.ecvetledger.domain.equivalence.EquivalenceTerms;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.qualification.AttachedUnit;
import org.ecvetledger.domain.qualification.AwardRule;
import org.ecvetledger.domain.qualification.AwardRuleSet;
import org.ecvetledger.domain.qualification.GradingScale;
import org.ecvetledger.domain.qualification.QualificationRules;
import org.ecvetledger.domain.qualification.ResitPolicy;
import org.ecvetledger.domain.qualification.StandardDefinition;
import org.ecvetledger.domain.qualification.UnitRole;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.Test;

/** DOMAIN c6, R8, decision (j)2: credit transfer between qualifications, pathways and jurisdictions (S23–S25). */
class CreditTransferScenariosTest {

    private static final LearnerId LEARNER = LearnerId.of("01a21e00-0000-7000-8000-0000000000d1");
    private static final LocalDate DECIDED_ON = LocalDate.of(2025, 9, 15);

    // S23: motorcycle mechanic X (customer reception worth 10) → car mechanic Y (worth 15)
    private static final QualificationRef MOTO = QualificationRef.of("FI-MOTO-MECH", 1);
    private static final QualificationRef CAR = QualificationRef.of("FI-CAR-MECH", 1);
    private static final UnitRef MOTO_RECEPTION = UnitRef.of("MOTO-CUST-REC", 1);
    private static final UnitRef CAR_RECEPTION = UnitRef.of("CAR-CUST-REC", 1);
    private static final UnitRef CAR_DIAGNOSIS = UnitRef.of("CAR-DIAG", 1);
    /** A common-core unit attached to both standards. */
    private static final UnitRef SAFETY = UnitRef.of("WORK-SAFETY", 1);

    private static final InstitutionId MOTO_COLLEGE = new InstitutionId("FI-OMNIA-MOTO");
    private static final InstitutionId CAR_COLLEGE = new InstitutionId("FI-STADIN-AUTO");
    private static final Actor CAR_OFFICER = new Actor(CAR_COLLEGE, "Ms Virtanen");
    private static final Actor MOTO_OFFICER = new Actor(MOTO_COLLEGE, "Mr Laine");

    private static final EquivalenceId FULL_EQUIVALENCE = EquivalenceId.of("01a2e000-0000-7000-8000-000000000001");
    private static final EquivalenceId PARTIAL_EQUIVALENCE = EquivalenceId.of("01a2e000-0000-7000-8000-000000000002");
    private static final EquivalenceId WITHDRAWN_EQUIVALENCE = EquivalenceId.of("01a2e000-0000-7000-8000-000000000003");

    /** The assessment the source recognition in the motorcycle qualification rests on. */
    private static final AssessmentId SOURCE_ASSESSMENT = LedgerFixtures.assessmentId(77);

    private static final Actor MOTO_ASSESSOR = new Actor(MOTO_COLLEGE, "Mr Assessor");

    private static final GradingScale ONE_TO_FIVE = new GradingScale(BigDecimal.ONE, BigDecimal.valueOf(5));

    private static final PathwayId CAR_PATHWAY = new PathwayId(LEARNER, CAR.id());
    private static final PathwayId MOTO_PATHWAY = new PathwayId(LEARNER, MOTO.id());

    private static StandardDefinition standard(
            QualificationRef ref, InstitutionId body, CreditFramework framework, List<AttachedUnit> units) {
        var total = framework.hasPoints() ? CreditPoints.of(60) : null;
        return new StandardDefinition(
                ref,
                profile("FI", body, framework, total, ONE_TO_FIVE, ResitPolicy.LATEST),
                new QualificationRules(
                        framework,
                        total,
                        units,
                        new AwardRuleSet(List.of(new AwardRule.AllMandatoryUnits())),
                        ONE_TO_FIVE));
    }

    private static AttachedUnit unit(UnitRef unit, Long points) {
        return new AttachedUnit(
                unit, UnitRole.MANDATORY, null, points == null ? null : CreditPoints.of(points), null, false, null);
    }

    private static LedgerFixtures.Ledger ledger(CreditFramework carFramework) {
        var carPoints = carFramework.hasPoints();
        return new LedgerFixtures.Ledger()
                .register(MOTO_COLLEGE, CAR_COLLEGE)
                .learner(LEARNER)
                .define(standard(
                        MOTO,
                        MOTO_COLLEGE,
                        CreditFramework.ECVET,
                        List.of(unit(MOTO_RECEPTION, 10L), unit(SAFETY, 5L))))
                .define(standard(
                        CAR,
                        CAR_COLLEGE,
                        carFramework,
                        List.of(
                                unit(CAR_RECEPTION, carPoints ? 15L : null),
                                unit(CAR_DIAGNOSIS, carPoints ? 40L : null),
                                unit(SAFETY, carPoints ? 5L : null))))
                .publishedUnit(MOTO_RECEPTION, "LO1", "LO2")
                .publishedUnit(CAR_RECEPTION, "LO1", "LO2", "LO3")
                .publishedUnit(CAR_DIAGNOSIS, "LO1")
                .publishedUnit(SAFETY, "LO1")
                .grant(CAR_COLLEGE, InstitutionFunction.VALIDATE, CAR)
                .grant(CAR_COLLEGE, InstitutionFunction.RECOGNISE, CAR)
                .grant(MOTO_COLLEGE, InstitutionFunction.RECOGNISE, CAR);
    }

    /** The learner's recognitions in other qualifications, as the write-side lookup answers. */
    private static final class Recognitions implements RecognitionRecords {
        private final Map<String, RecognitionRecord> records = new HashMap<>();

        Recognitions recognised(QualificationRef standard, UnitRef unit, long points, String grade) {
            records.put(
                    standard.id() + "|" + unit,
                    new RecognitionRecord(
                            standard,
                            LocalDate.of(2024, 6, 1),
                            MOTO_COLLEGE,
                            CreditPoints.of(points),
                            grade == null ? null : new BigDecimal(grade),
                            List.of(SOURCE_ASSESSMENT),
                            "Mr Laine"));
            return this;
        }

        @Override
        public Optional<RecognitionRecord> find(LearnerId learner, QualificationId qualification, UnitRef unit) {
            return Optional.ofNullable(records.get(qualification + "|" + unit));
        }
    }

    private static final EquivalenceRegister EQUIVALENCES = id -> Optional.ofNullable(Map.of(
                    FULL_EQUIVALENCE,
                    new EquivalenceRecord(
                            FULL_EQUIVALENCE,
                            2,
                            new EquivalenceTerms(
                                    MOTO_RECEPTION,
                                    CAR_RECEPTION,
                                    Coverage.FULL,
                                    List.of(),
                                    EquivalenceBasis.COMPETENCE_MATRIX,
                                    "ESYCQ matrix 2024"),
                            false),
                    PARTIAL_EQUIVALENCE,
                    new EquivalenceRecord(
                            PARTIAL_EQUIVALENCE,
                            1,
                            new EquivalenceTerms(
                                    MOTO_RECEPTION,
                                    CAR_RECEPTION,
                                    Coverage.PARTIAL,
                                    List.of("LO2", "LO1"),
                                    EquivalenceBasis.COMPETENCE_MATRIX,
                                    "ESYCQ matrix 2024"),
                            false),
                    WITHDRAWN_EQUIVALENCE,
                    new EquivalenceRecord(
                            WITHDRAWN_EQUIVALENCE,
                            1,
                            new EquivalenceTerms(
                                    MOTO_RECEPTION,
                                    CAR_RECEPTION,
                                    Coverage.FULL,
                                    List.of(),
                                    EquivalenceBasis.MOU,
                                    "MoU 2019"),
                            true))
            .get(id));

    private static FixtureConfiguration<LearnerPathway> fixture(
            LedgerFixtures.Ledger ledger, RecognitionRecords recognitions) {
        var fixture = new AggregateTestFixture<>(LearnerPathway.class);
        fixture.registerInjectableResource(ledger);
        fixture.registerInjectableResource(recognitions);
        fixture.registerInjectableResource(EQUIVALENCES);
        return fixture;
    }

    private static LearnerEnrolled enrolledInCar() {
        return new LearnerEnrolled(CAR_PATHWAY, CAR, CAR_OFFICER, LocalDate.of(2025, 9, 1));
    }

    private static TransferCredit transfer(UnitRef target, UnitRef source, EquivalenceId equivalence, Actor by) {
        return new TransferCredit(
                LEARNER, CAR.id(), target, MOTO.id(), source, equivalence, "STADIN-2025/117", by, DECIDED_ON);
    }

    private static Recognitions receptionHeldInMoto() {
        return new Recognitions().recognised(MOTO, MOTO_RECEPTION, 10, "4");
    }

    @Test
    void S23_transferred_credit_carries_the_receiving_units_points_and_keeps_the_source_side_by_side() {
        fixture(ledger(CreditFramework.ECVET), receptionHeldInMoto())
                .given(enrolledInCar())
                .when(transfer(CAR_RECEPTION, MOTO_RECEPTION, FULL_EQUIVALENCE, CAR_OFFICER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CreditTransferred(
                        CAR_PATHWAY,
                        CAR,
                        CAR_RECEPTION,
                        Coverage.FULL,
                        List.of(),
                        CreditPoints.of(15),
                        CreditFramework.ECVET,
                        new BigDecimal("4"),
                        false,
                        MOTO_PATHWAY,
                        MOTO,
                        MOTO_RECEPTION,
                        CreditPoints.of(10),
                        CreditFramework.ECVET,
                        new BigDecimal("4"),
                        ONE_TO_FIVE,
                        FULL_EQUIVALENCE,
                        2,
                        "STADIN-2025/117",
                        CAR_OFFICER,
                        DECIDED_ON,
                        null,
                        List.of(SOURCE_ASSESSMENT)));
    }

    @Test
    void S23_a_transferred_unit_is_recognised_once_in_the_receiving_qualification() {
        var ledger = ledger(CreditFramework.ECVET);
        var journey = new PathwayJourney(ledger, receptionHeldInMoto(), EQUIVALENCES);
        journey.accept(new EnrolLearner(LEARNER, CAR, CAR_OFFICER, LocalDate.of(2025, 9, 1)));
        journey.accept(transfer(CAR_RECEPTION, MOTO_RECEPTION, FULL_EQUIVALENCE, CAR_OFFICER));
        var again = journey.attempt(transfer(CAR_RECEPTION, MOTO_RECEPTION, FULL_EQUIVALENCE, CAR_OFFICER));
        assertThat(again.refusal())
                .isInstanceOf(PathwayRuleViolation.class)
                .extracting(e -> ((PathwayRuleViolation) e).rule())
                .isEqualTo("already-recognised");
        var validate = journey.attempt(new ValidateCredit(
                LEARNER,
                CAR.id(),
                CAR_RECEPTION,
                List.of(),
                List.of(LedgerFixtures.assessmentId(1)),
                CAR_OFFICER,
                DECIDED_ON));
        assertThat(validate.accepted()).isFalse();
    }

    @Test
    void S23_a_partial_equivalence_recognises_only_the_covered_outcomes_without_points() {
        fixture(ledger(CreditFramework.ECVET), receptionHeldInMoto())
                .given(enrolledInCar())
                .when(transfer(CAR_RECEPTION, MOTO_RECEPTION, PARTIAL_EQUIVALENCE, CAR_OFFICER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CreditTransferred(
                        CAR_PATHWAY,
                        CAR,
                        CAR_RECEPTION,
                        Coverage.PARTIAL,
                        List.of("LO1", "LO2"),
                        null,
                        CreditFramework.ECVET,
                        null,
                        false,
                        MOTO_PATHWAY,
                        MOTO,
                        MOTO_RECEPTION,
                        CreditPoints.of(10),
                        CreditFramework.ECVET,
                        new BigDecimal("4"),
                        ONE_TO_FIVE,
                        PARTIAL_EQUIVALENCE,
                        1,
                        "STADIN-2025/117",
                        CAR_OFFICER,
                        DECIDED_ON,
                        null,
                        List.of(SOURCE_ASSESSMENT)));
    }

    @Test
    void S24_transfer_into_a_no_points_system_awards_no_points_and_keeps_the_source_points() {
        var journey = new PathwayJourney(ledger(CreditFramework.NONE), receptionHeldInMoto(), EQUIVALENCES);
        journey.accept(new EnrolLearner(LEARNER, CAR, CAR_OFFICER, LocalDate.of(2025, 9, 1)));
        journey.accept(transfer(CAR_RECEPTION, MOTO_RECEPTION, FULL_EQUIVALENCE, CAR_OFFICER));
        var transferred = journey.history(CreditTransferred.class).get(0);
        assertThat(transferred.points())
                .as("BAC PRO-like systems grant no points")
                .isNull();
        assertThat(transferred.framework()).isEqualTo(CreditFramework.NONE);
        assertThat(transferred.sourcePoints()).isEqualTo(CreditPoints.of(10));
        assertThat(transferred.sourceFramework()).isEqualTo(CreditFramework.ECVET);
    }

    @Test
    void S25_several_source_units_map_to_units_of_the_dual_qualification_and_count_towards_its_award() {
        // the dual rule set lets prior credit shorten the training (ADR 0024)
        var ledger = dualLedger();
        var journey = new PathwayJourney(ledger, receptionHeldInMoto().recognised(MOTO, SAFETY, 5, "3"), EQUIVALENCES);
        journey.accept(new EnrolLearner(LEARNER, CAR, CAR_OFFICER, LocalDate.of(2025, 9, 1)));
        journey.accept(transfer(CAR_RECEPTION, MOTO_RECEPTION, FULL_EQUIVALENCE, CAR_OFFICER));
        // common core: the same unit version in both standards transfers without an equivalence
        journey.accept(transfer(SAFETY, SAFETY, null, CAR_OFFICER));
        journey.accept(new EvaluateAwardEligibility(LEARNER, CAR.id(), DECIDED_ON));
        var evaluation = journey.history(AwardEligibilityEvaluated.class).get(0);
        assertThat(evaluation.eligible())
                .as("the diagnosis unit is still outstanding")
                .isFalse();
        assertThat(journey.history(CreditTransferred.class))
                .extracting(CreditTransferred::unit, CreditTransferred::points, CreditTransferred::equivalence)
                .containsExactly(
                        tuple(CAR_RECEPTION, CreditPoints.of(15), FULL_EQUIVALENCE),
                        tuple(SAFETY, CreditPoints.of(5), null));
        journey.accept(reduction(null));
        assertThat(journey.history(TrainingDurationReductionRecorded.class))
                .extracting(
                        TrainingDurationReductionRecorded::months,
                        r -> r.priorCredit().size())
                .containsExactly(tuple(12, 2));
    }

    @Test
    void a_transfer_without_an_equivalence_between_different_units_needs_a_targeted_assessment() {
        fixture(ledger(CreditFramework.ECVET), receptionHeldInMoto())
                .given(enrolledInCar())
                .when(transfer(CAR_RECEPTION, MOTO_RECEPTION, null, CAR_OFFICER))
                .expectNoEvents()
                .expectException(violates("no-equivalence"));
    }

    @Test
    void an_undeclared_equivalence_is_refused() {
        fixture(ledger(CreditFramework.ECVET), receptionHeldInMoto())
                .given(enrolledInCar())
                .when(transfer(
                        CAR_RECEPTION,
                        MOTO_RECEPTION,
                        new EquivalenceId(UUID.fromString("01a2e000-0000-7000-8000-0000000000ff")),
                        CAR_OFFICER))
                .expectNoEvents()
                .expectException(violates("no-equivalence"));
    }

    @Test
    void a_withdrawn_equivalence_transfers_nothing() {
        fixture(ledger(CreditFramework.ECVET), receptionHeldInMoto())
                .given(enrolledInCar())
                .when(transfer(CAR_RECEPTION, MOTO_RECEPTION, WITHDRAWN_EQUIVALENCE, CAR_OFFICER))
                .expectNoEvents()
                .expectException(violates("equivalence-withdrawn"));
    }

    @Test
    void an_equivalence_between_other_units_does_not_apply() {
        fixture(ledger(CreditFramework.ECVET), receptionHeldInMoto())
                .given(enrolledInCar())
                .when(transfer(CAR_DIAGNOSIS, MOTO_RECEPTION, FULL_EQUIVALENCE, CAR_OFFICER))
                .expectNoEvents()
                .expectException(violates("equivalence-does-not-apply"));
    }

    @Test
    void credit_not_recognised_in_the_source_qualification_cannot_be_transferred() {
        fixture(ledger(CreditFramework.ECVET), new Recognitions())
                .given(enrolledInCar())
                .when(transfer(CAR_RECEPTION, MOTO_RECEPTION, FULL_EQUIVALENCE, CAR_OFFICER))
                .expectNoEvents()
                .expectException(violates("source-not-recognised"));
    }

    @Test
    void only_a_competent_institution_of_the_receiving_standard_holding_validate_and_recognise_decides() {
        fixture(ledger(CreditFramework.ECVET), receptionHeldInMoto())
                .given(enrolledInCar())
                .when(transfer(CAR_RECEPTION, MOTO_RECEPTION, FULL_EQUIVALENCE, MOTO_OFFICER))
                .expectNoEvents()
                .expectException(violates("not-authorised"));
    }

    private static CreditTransferred transferredInFull() {
        return new CreditTransferred(
                CAR_PATHWAY,
                CAR,
                CAR_RECEPTION,
                Coverage.FULL,
                List.of(),
                CreditPoints.of(15),
                CreditFramework.ECVET,
                new BigDecimal("4"),
                false,
                MOTO_PATHWAY,
                MOTO,
                MOTO_RECEPTION,
                CreditPoints.of(10),
                CreditFramework.ECVET,
                new BigDecimal("4"),
                ONE_TO_FIVE,
                FULL_EQUIVALENCE,
                2,
                "STADIN-2025/117",
                CAR_OFFICER,
                DECIDED_ON,
                null,
                List.of(SOURCE_ASSESSMENT));
    }

    @Test
    void S11_invalidating_the_assessment_behind_the_source_revokes_the_transferred_unit_naming_it() {
        fixture(ledger(CreditFramework.ECVET), receptionHeldInMoto())
                .given(enrolledInCar(), transferredInFull())
                .when(new WithdrawDependentCredit(
                        LEARNER,
                        CAR.id(),
                        SOURCE_ASSESSMENT,
                        "the assessor was not authorised",
                        MOTO_ASSESSOR,
                        LocalDate.of(2025, 10, 1)))
                .expectSuccessfulHandlerExecution()
                // no validation of this pathway rests on it: only the transferred recognition is revoked
                .expectEvents(new UnitRecognitionRevoked(
                        CAR_PATHWAY,
                        CAR,
                        CAR_RECEPTION,
                        CreditPoints.of(15),
                        false,
                        List.of(),
                        SOURCE_ASSESSMENT,
                        null,
                        MOTO_ASSESSOR,
                        LocalDate.of(2025, 10, 1),
                        "the assessor was not authorised"));
    }

    @Test
    void S11_the_cascade_delivered_again_revokes_the_transferred_unit_once() {
        var revoked = new UnitRecognitionRevoked(
                CAR_PATHWAY,
                CAR,
                CAR_RECEPTION,
                CreditPoints.of(15),
                false,
                List.of(),
                SOURCE_ASSESSMENT,
                null,
                MOTO_ASSESSOR,
                LocalDate.of(2025, 10, 1),
                "fraud");
        fixture(ledger(CreditFramework.ECVET), receptionHeldInMoto())
                .given(enrolledInCar(), transferredInFull(), revoked)
                .when(new WithdrawDependentCredit(
                        LEARNER, CAR.id(), SOURCE_ASSESSMENT, "fraud", MOTO_ASSESSOR, LocalDate.of(2025, 10, 1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void S10_correcting_the_assessment_behind_the_source_flags_the_transfer_for_review_by_the_body_that_decided_it() {
        fixture(ledger(CreditFramework.ECVET), receptionHeldInMoto())
                .given(enrolledInCar(), transferredInFull())
                .when(new RequireReviewOfDependentDecisions(
                        LEARNER, CAR.id(), SOURCE_ASSESSMENT, 1, "transcription error", MOTO_ASSESSOR, DECIDED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RecognitionReviewRequired(
                        CAR_PATHWAY,
                        CAR,
                        ReviewedDecision.UNIT_RECOGNITION,
                        CAR_RECEPTION,
                        SOURCE_ASSESSMENT,
                        1,
                        CAR_COLLEGE,
                        MOTO_ASSESSOR,
                        "transcription error",
                        DECIDED_ON));
    }

    @Test
    void a_partly_transferred_unit_whose_source_assessment_is_invalidated_loses_its_covered_outcomes() {
        var partial = new CreditTransferred(
                CAR_PATHWAY,
                CAR,
                CAR_RECEPTION,
                Coverage.PARTIAL,
                List.of("LO1", "LO2"),
                null,
                CreditFramework.ECVET,
                null,
                false,
                MOTO_PATHWAY,
                MOTO,
                MOTO_RECEPTION,
                CreditPoints.of(10),
                CreditFramework.ECVET,
                new BigDecimal("4"),
                ONE_TO_FIVE,
                PARTIAL_EQUIVALENCE,
                1,
                "STADIN-2025/117",
                CAR_OFFICER,
                DECIDED_ON,
                null,
                List.of(SOURCE_ASSESSMENT));
        fixture(ledger(CreditFramework.ECVET), receptionHeldInMoto())
                .given(enrolledInCar(), partial)
                .when(new WithdrawDependentCredit(
                        LEARNER, CAR.id(), SOURCE_ASSESSMENT, "fraud", MOTO_ASSESSOR, LocalDate.of(2025, 10, 1)))
                .expectEvents(new UnitRecognitionRevoked(
                        CAR_PATHWAY,
                        CAR,
                        CAR_RECEPTION,
                        null,
                        true,
                        List.of("LO1", "LO2"),
                        SOURCE_ASSESSMENT,
                        null,
                        MOTO_ASSESSOR,
                        LocalDate.of(2025, 10, 1),
                        "fraud"));
    }

    @Test
    void a_change_to_an_assessment_the_transfer_does_not_rest_on_leaves_it_alone() {
        fixture(ledger(CreditFramework.ECVET), receptionHeldInMoto())
                .given(enrolledInCar(), transferredInFull())
                .when(new WithdrawDependentCredit(
                        LEARNER,
                        CAR.id(),
                        LedgerFixtures.assessmentId(78),
                        "fraud",
                        MOTO_ASSESSOR,
                        LocalDate.of(2025, 10, 1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void the_transfer_sagas_step_records_the_same_lossless_transfer() {
        fixture(ledger(CreditFramework.ECVET), receptionHeldInMoto())
                .given(enrolledInCar())
                .when(new RecordValidatedTransfer(
                        transfer(CAR_RECEPTION, MOTO_RECEPTION, FULL_EQUIVALENCE, CAR_OFFICER)))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(null)
                .expectEvents(transferredInFull());
    }

    @Test
    void the_transfer_sagas_step_answers_a_refusal_with_its_rule_and_records_nothing() {
        fixture(ledger(CreditFramework.ECVET), receptionHeldInMoto())
                .given(enrolledInCar(), transferredInFull())
                .when(new RecordValidatedTransfer(
                        transfer(CAR_RECEPTION, MOTO_RECEPTION, FULL_EQUIVALENCE, CAR_OFFICER)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayloadMatching(
                        new org.hamcrest.CustomMatcher<Object>("refused already-recognised") {
                            @Override
                            public boolean matches(Object actual) {
                                return actual instanceof TransferRefusal refusal
                                        && refusal.rule().equals("already-recognised")
                                        && refusal.reason().contains(CAR_RECEPTION.toString());
                            }
                        });
    }

    // --- ADR 0023: a part-transfer completed by a targeted assessment of the remaining outcomes

    private static final AssessmentId TARGETED = LedgerFixtures.assessmentId(91);

    /** The car pathway after a PARTIAL transfer of LO1 and LO2, with LO3 (and LO1 again) assessed at Stadin. */
    private static PathwayJourney partlyTransferred(LedgerFixtures.Ledger ledger, String... assessedOutcomes) {
        ledger.grant(CAR_COLLEGE, InstitutionFunction.ASSESS, CAR);
        LedgerFixtures.record(
                ledger,
                TARGETED,
                LedgerFixtures.anAssessmentOf(LEARNER, CAR)
                        .by(CAR_OFFICER)
                        .on(LocalDate.of(2025, 10, 20))
                        .achieving(CAR_RECEPTION, assessedOutcomes)
                        .graded(CAR_RECEPTION, "3")
                        .content());
        var journey = new PathwayJourney(ledger, receptionHeldInMoto(), EQUIVALENCES);
        journey.accept(new EnrolLearner(LEARNER, CAR, CAR_OFFICER, LocalDate.of(2025, 9, 1)));
        journey.accept(transfer(CAR_RECEPTION, MOTO_RECEPTION, PARTIAL_EQUIVALENCE, CAR_OFFICER));
        return journey;
    }

    private static ValidateCredit validateTargeted(String... outcomes) {
        return new ValidateCredit(
                LEARNER,
                CAR.id(),
                CAR_RECEPTION,
                List.of(outcomes),
                List.of(TARGETED),
                CAR_OFFICER,
                LocalDate.of(2025, 10, 25));
    }

    private static RecogniseUnit recogniseReception() {
        return new RecogniseUnit(LEARNER, CAR.id(), CAR_RECEPTION, CAR_OFFICER, LocalDate.of(2025, 10, 28));
    }

    @Test
    void S23_a_part_transfer_and_a_targeted_assessment_of_the_remaining_outcome_recognise_the_unit_in_full() {
        var journey = partlyTransferred(ledger(CreditFramework.ECVET), "LO3");
        journey.accept(validateTargeted("LO3"));

        var events = journey.accept(recogniseReception());

        assertThat(events)
                .containsExactly(new UnitRecognised(
                        CAR_PATHWAY,
                        CAR,
                        CAR_RECEPTION,
                        // R8, (j)2: the receiving unit's points, not a share of the source's
                        CreditPoints.of(15),
                        new BigDecimal("3"),
                        false,
                        List.of(TARGETED),
                        CAR_OFFICER,
                        LocalDate.of(2025, 10, 28),
                        null,
                        List.of(new PartCredit(
                                PartCredit.Kind.TRANSFER,
                                // the CreditTransferred is the pathway's second event
                                1,
                                List.of("LO1", "LO2"),
                                MOTO,
                                MOTO_RECEPTION,
                                "STADIN-2025/117",
                                CAR_COLLEGE,
                                DECIDED_ON,
                                List.of(SOURCE_ASSESSMENT)))));
        // R14: held once, like any recognised unit
        assertThat(journey.refuse(recogniseReception()))
                .isInstanceOf(PathwayRuleViolation.class)
                .extracting(e -> ((PathwayRuleViolation) e).rule())
                .isEqualTo("already-recognised");
    }

    @Test
    void a_unit_whose_outcomes_neither_the_part_transfer_nor_the_targeted_assessment_cover_is_not_recognised() {
        var journey = partlyTransferred(ledger(CreditFramework.ECVET), "LO1");
        journey.accept(validateTargeted("LO1"));

        var refusal = journey.refuse(recogniseReception());

        assertThat(refusal).isInstanceOf(PathwayRuleViolation.class);
        var violation = (PathwayRuleViolation) refusal;
        assertThat(violation.rule()).isEqualTo("validation-incomplete");
        assertThat(violation.field()).isEqualTo("unit");
        assertThat(violation.getMessage()).contains("[LO3]").contains("part-credit");
        assertThat(violation.findings())
                .extracting(f -> f.rule(), f -> f.message())
                .containsExactly(tuple(
                        "validation-incomplete", CAR_RECEPTION + " LO3 is neither validated nor credited in part"));
    }

    @Test
    void a_part_transfer_alone_is_never_a_full_recognition_without_a_validation_of_the_rest() {
        var journey = partlyTransferred(ledger(CreditFramework.ECVET), "LO3");

        assertThat(journey.refuse(recogniseReception()))
                .extracting(e -> ((PathwayRuleViolation) e).rule())
                .isEqualTo("validation-missing");
    }

    @Test
    void S11_invalidating_the_source_assessment_revokes_the_completed_unit_and_then_its_part_credit() {
        var journey = partlyTransferred(ledger(CreditFramework.ECVET), "LO3");
        journey.accept(validateTargeted("LO3"));
        journey.accept(recogniseReception());

        var events = journey.accept(new WithdrawDependentCredit(
                LEARNER, CAR.id(), SOURCE_ASSESSMENT, "fraud", MOTO_ASSESSOR, LocalDate.of(2025, 11, 1)));

        assertThat(events)
                .containsExactly(
                        new UnitRecognitionRevoked(
                                CAR_PATHWAY,
                                CAR,
                                CAR_RECEPTION,
                                CreditPoints.of(15),
                                false,
                                List.of("LO3"),
                                SOURCE_ASSESSMENT,
                                null,
                                MOTO_ASSESSOR,
                                LocalDate.of(2025, 11, 1),
                                "fraud"),
                        new UnitRecognitionRevoked(
                                CAR_PATHWAY,
                                CAR,
                                CAR_RECEPTION,
                                null,
                                true,
                                List.of("LO1", "LO2"),
                                SOURCE_ASSESSMENT,
                                null,
                                MOTO_ASSESSOR,
                                LocalDate.of(2025, 11, 1),
                                "fraud"));
        // the targeted assessment's validation stands alone now: LO1 and LO2 are missing again
        assertThat(journey.refuse(recogniseReception()))
                .extracting(e -> ((PathwayRuleViolation) e).rule())
                .isEqualTo("validation-incomplete");
    }

    @Test
    void
            S11_invalidating_the_targeted_assessment_revokes_the_unit_but_the_part_credit_stands_and_still_follows_its_source() {
        var journey = partlyTransferred(ledger(CreditFramework.ECVET), "LO3");
        journey.accept(validateTargeted("LO3"));
        journey.accept(recogniseReception());

        var events = journey.accept(new WithdrawDependentCredit(
                LEARNER, CAR.id(), TARGETED, "unauthorised assessor", CAR_OFFICER, LocalDate.of(2025, 11, 1)));

        assertThat(events)
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly("CreditValidationWithdrawn", "UnitRecognitionRevoked");
        assertThat(((UnitRecognitionRevoked) events.get(1)).partOfUnit()).isFalse();
        // the part-credit still rests on the source: its invalidation now revokes it
        var later = journey.accept(new WithdrawDependentCredit(
                LEARNER, CAR.id(), SOURCE_ASSESSMENT, "fraud", MOTO_ASSESSOR, LocalDate.of(2025, 11, 2)));
        assertThat(later)
                .extracting(
                        e -> ((UnitRecognitionRevoked) e).partOfUnit(),
                        e -> ((UnitRecognitionRevoked) e).learningOutcomes())
                .containsExactly(tuple(true, List.of("LO1", "LO2")));
    }

    @Test
    void S10_correcting_the_source_assessment_flags_the_completed_unit_for_the_body_that_recognised_it() {
        var journey = partlyTransferred(ledger(CreditFramework.ECVET), "LO3");
        journey.accept(validateTargeted("LO3"));
        journey.accept(recogniseReception());

        var events = journey.accept(new RequireReviewOfDependentDecisions(
                LEARNER, CAR.id(), SOURCE_ASSESSMENT, 1, "transcription error", MOTO_ASSESSOR, DECIDED_ON));

        assertThat(events)
                .containsExactly(new RecognitionReviewRequired(
                        CAR_PATHWAY,
                        CAR,
                        ReviewedDecision.UNIT_RECOGNITION,
                        CAR_RECEPTION,
                        SOURCE_ASSESSMENT,
                        1,
                        CAR_COLLEGE,
                        MOTO_ASSESSOR,
                        "transcription error",
                        DECIDED_ON));
    }

    // --- S25, ADR 0024: the competent body shortens the dual training on the transferred units

    /** The car standard with a rule set letting prior credit shorten the training: 6 months a unit, 12 at most. */
    private static LedgerFixtures.Ledger dualLedger() {
        var total = CreditPoints.of(60);
        return ledger(CreditFramework.ECVET)
                .define(new StandardDefinition(
                        CAR,
                        profile("FI", CAR_COLLEGE, CreditFramework.ECVET, total, ONE_TO_FIVE, ResitPolicy.LATEST),
                        new QualificationRules(
                                CreditFramework.ECVET,
                                total,
                                List.of(unit(CAR_RECEPTION, 15L), unit(CAR_DIAGNOSIS, 40L), unit(SAFETY, 5L)),
                                new AwardRuleSet(List.of(
                                        new AwardRule.AllMandatoryUnits(),
                                        new AwardRule.TrainingDurationReduction(6, 12))),
                                ONE_TO_FIVE)))
                .grant(CAR_COLLEGE, InstitutionFunction.AWARD, CAR);
    }

    private static RecordTrainingDurationReduction reduction(Integer months) {
        return new RecordTrainingDurationReduction(
                LEARNER, CAR.id(), months, "KAMMER-2025/44", "BBiG § 8 (1)", CAR_OFFICER, LocalDate.of(2025, 9, 20));
    }

    private static PathwayJourney dualPathwayWithTwoTransferredUnits(LedgerFixtures.Ledger ledger) {
        var journey = new PathwayJourney(ledger, receptionHeldInMoto().recognised(MOTO, SAFETY, 5, "3"), EQUIVALENCES);
        journey.accept(new EnrolLearner(LEARNER, CAR, CAR_OFFICER, LocalDate.of(2025, 9, 1)));
        journey.accept(transfer(CAR_RECEPTION, MOTO_RECEPTION, FULL_EQUIVALENCE, CAR_OFFICER));
        journey.accept(transfer(SAFETY, SAFETY, null, CAR_OFFICER));
        return journey;
    }

    @Test
    void S25_the_competent_body_shortens_the_training_on_the_transferred_units_within_the_rule_sets_policy() {
        var journey = dualPathwayWithTwoTransferredUnits(dualLedger());

        var tooMuch = (PathwayRuleViolation) journey.refuse(reduction(13));
        assertThat(tooMuch.rule()).isEqualTo("reduction-exceeds-policy");
        assertThat(tooMuch.field()).isEqualTo("months");
        var events = journey.accept(reduction(null));

        assertThat(events)
                .containsExactly(new TrainingDurationReductionRecorded(
                        CAR_PATHWAY,
                        CAR,
                        // two units at 6 months each, within the 12-month cap
                        12,
                        12,
                        List.of(
                                new PriorCreditReference(
                                        CAR_RECEPTION, "CreditTransferred", 1, MOTO.id(), MOTO_RECEPTION),
                                new PriorCreditReference(SAFETY, "CreditTransferred", 2, MOTO.id(), SAFETY)),
                        "KAMMER-2025/44",
                        "BBiG § 8 (1)",
                        CAR_OFFICER,
                        LocalDate.of(2025, 9, 20)));
        assertThat(((PathwayRuleViolation) journey.refuse(reduction(3))).rule())
                .as("once per pathway")
                .isEqualTo("duration-already-reduced");
    }

    @Test
    void S25_a_shortening_below_the_policys_maximum_is_the_bodys_to_decide_and_a_revoked_unit_no_longer_counts() {
        var journey = dualPathwayWithTwoTransferredUnits(dualLedger());
        journey.accept(new RevokeUnitRecognition(
                LEARNER, CAR.id(), SAFETY, CAR_OFFICER, LocalDate.of(2025, 9, 10), "decided in error", null));

        var events = journey.accept(reduction(4));

        var recorded = (TrainingDurationReductionRecorded) events.get(0);
        assertThat(recorded.months()).isEqualTo(4);
        assertThat(recorded.monthsAllowed())
                .as("only the reception unit is still held by prior credit")
                .isEqualTo(6);
        assertThat(recorded.priorCredit())
                .extracting(PriorCreditReference::unit)
                .containsExactly(CAR_RECEPTION);
    }

    @Test
    void
            a_rule_set_without_a_shortening_policy_refuses_it_and_a_pathway_without_prior_credit_has_nothing_to_shorten_on() {
        var withoutPolicy = dualPathwayWithTwoTransferredUnits(
                ledger(CreditFramework.ECVET).grant(CAR_COLLEGE, InstitutionFunction.AWARD, CAR));
        assertThat(((PathwayRuleViolation) withoutPolicy.refuse(reduction(null))).rule())
                .isEqualTo("no-duration-reduction-policy");

        var withoutPriorCredit = new PathwayJourney(dualLedger(), receptionHeldInMoto(), EQUIVALENCES);
        withoutPriorCredit.accept(new EnrolLearner(LEARNER, CAR, CAR_OFFICER, LocalDate.of(2025, 9, 1)));
        assertThat(((PathwayRuleViolation) withoutPriorCredit.refuse(reduction(null))).rule())
                .isEqualTo("no-prior-credit");
    }

    @Test
    void only_a_body_holding_the_award_function_for_the_receiving_standard_shortens_the_training() {
        var journey = dualPathwayWithTwoTransferredUnits(dualLedger());
        var byMoto = new RecordTrainingDurationReduction(
                LEARNER, CAR.id(), null, "X-1", "BBiG § 8 (1)", MOTO_OFFICER, LocalDate.of(2025, 9, 20));

        assertThat(((PathwayRuleViolation) journey.refuse(byMoto)).rule()).isEqualTo("not-authorised");
    }

    // --- ADR 0016 amendment: a revocation of the source for another cause, and the race with an invalidation ---

    private static final AppealId UPHELD_APPEAL = new AppealId(UUID.fromString("01a2a9e0-0000-7000-8000-000000000013"));
    private static final String SOURCE_REVOCATION = "0196f00d-0000-7000-8000-00000000a001";

    private static RequireReviewOfTransferredCredit sourceRevokedOnAppeal(String revocation) {
        return new RequireReviewOfTransferredCredit(
                LEARNER,
                CAR.id(),
                MOTO.id(),
                MOTO_RECEPTION,
                revocation,
                UPHELD_APPEAL,
                MOTO_OFFICER,
                LocalDate.of(2025, 11, 3),
                "decision reversed on appeal");
    }

    private static RecognitionReviewRequired transferFlaggedForReview(String revocation, AppealId appeal) {
        return new RecognitionReviewRequired(
                CAR_PATHWAY,
                CAR,
                ReviewedDecision.UNIT_RECOGNITION,
                CAR_RECEPTION,
                null,
                0,
                CAR_COLLEGE,
                MOTO_OFFICER,
                "the recognition of " + MOTO_RECEPTION + " in " + MOTO.id()
                        + " it was transferred from was revoked: decision reversed on appeal",
                LocalDate.of(2025, 11, 3),
                revocation,
                appeal);
    }

    @Test
    void S13_upheld_appeal_reversing_the_source_flags_the_transferred_unit_for_review_by_the_body_that_decided_it() {
        fixture(ledger(CreditFramework.ECVET), receptionHeldInMoto())
                .given(enrolledInCar(), transferredInFull())
                .when(sourceRevokedOnAppeal(SOURCE_REVOCATION))
                .expectSuccessfulHandlerExecution()
                // not rewritten: the receiving body decided the transfer, so it confirms or revokes
                .expectEvents(transferFlaggedForReview(SOURCE_REVOCATION, UPHELD_APPEAL));
    }

    @Test
    void S13_the_flagged_transfer_is_confirmed_or_revoked_by_its_body_and_the_same_revocation_flags_it_once() {
        var flagged = transferFlaggedForReview(SOURCE_REVOCATION, UPHELD_APPEAL);
        fixture(ledger(CreditFramework.ECVET), receptionHeldInMoto())
                .given(enrolledInCar(), transferredInFull(), flagged)
                .when(sourceRevokedOnAppeal(SOURCE_REVOCATION))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        var confirmed = new RecognitionConfirmed(
                CAR_PATHWAY,
                ReviewedDecision.UNIT_RECOGNITION,
                CAR_RECEPTION,
                CAR_OFFICER,
                LocalDate.of(2025, 11, 4),
                "the transfer stands on the learner's other evidence");
        fixture(ledger(CreditFramework.ECVET), receptionHeldInMoto())
                .given(enrolledInCar(), transferredInFull(), flagged)
                .when(new ConfirmRecognition(
                        LEARNER,
                        CAR.id(),
                        CAR_RECEPTION,
                        CAR_OFFICER,
                        LocalDate.of(2025, 11, 4),
                        "the transfer stands on the learner's other evidence"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(confirmed);
        // delivered again after the confirmation (a replayed cascade): the decision is not reopened
        fixture(ledger(CreditFramework.ECVET), receptionHeldInMoto())
                .given(enrolledInCar(), transferredInFull(), flagged, confirmed)
                .when(sourceRevokedOnAppeal(SOURCE_REVOCATION))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture(ledger(CreditFramework.ECVET), receptionHeldInMoto())
                .given(enrolledInCar(), transferredInFull(), flagged)
                .when(new RevokeUnitRecognition(
                        LEARNER,
                        CAR.id(),
                        CAR_RECEPTION,
                        CAR_OFFICER,
                        LocalDate.of(2025, 11, 4),
                        "its source fell",
                        null))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.instanceOf(UnitRecognitionRevoked.class)),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void S10_the_source_bodys_own_revocation_after_review_flags_the_transferred_unit_naming_the_revocation() {
        var bodyRevoked = new RequireReviewOfTransferredCredit(
                LEARNER,
                CAR.id(),
                MOTO.id(),
                MOTO_RECEPTION,
                SOURCE_REVOCATION,
                null,
                MOTO_OFFICER,
                LocalDate.of(2025, 11, 3),
                "recognised in error");
        fixture(ledger(CreditFramework.ECVET), receptionHeldInMoto())
                .given(enrolledInCar(), transferredInFull())
                .when(bodyRevoked)
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                new org.hamcrest.CustomMatcher<Object>("a review naming the source's revocation") {
                                    @Override
                                    public boolean matches(Object actual) {
                                        return actual instanceof RecognitionReviewRequired review
                                                && review.unit().equals(CAR_RECEPTION)
                                                && review.reviewBody().equals(CAR_COLLEGE)
                                                && SOURCE_REVOCATION.equals(review.sourceRevocation())
                                                && review.appeal() == null
                                                && review.assessment() == null;
                                    }
                                }),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void a_revocation_of_a_recognition_nothing_here_was_transferred_from_flags_nothing() {
        fixture(ledger(CreditFramework.ECVET), receptionHeldInMoto())
                .given(enrolledInCar(), transferredInFull())
                .when(new RequireReviewOfTransferredCredit(
                        LEARNER,
                        CAR.id(),
                        MOTO.id(),
                        SAFETY,
                        SOURCE_REVOCATION,
                        null,
                        MOTO_OFFICER,
                        LocalDate.of(2025, 11, 3),
                        "recognised in error"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_transfer_from_a_recognition_resting_on_an_invalidated_assessment_is_refused_and_records_nothing() {
        var ledger = ledger(CreditFramework.ECVET);
        ledger.record(new org.ecvetledger.domain.assessment.AssessmentRecorded(
                SOURCE_ASSESSMENT,
                LedgerFixtures.anAssessmentOf(LEARNER, MOTO)
                        .by(MOTO_ASSESSOR)
                        .achieving(MOTO_RECEPTION, "LO1", "LO2")
                        .content()));
        ledger.record(new org.ecvetledger.domain.assessment.AssessmentInvalidated(
                SOURCE_ASSESSMENT, LEARNER, "the assessor was not authorised", MOTO_ASSESSOR, DECIDED_ON));
        // the invalidation is committed, its cascade has not yet revoked the source recognition
        fixture(ledger, receptionHeldInMoto())
                .given(enrolledInCar())
                .when(transfer(CAR_RECEPTION, MOTO_RECEPTION, FULL_EQUIVALENCE, CAR_OFFICER))
                .expectNoEvents()
                .expectException(violates("source-not-recognised"));
    }
}
