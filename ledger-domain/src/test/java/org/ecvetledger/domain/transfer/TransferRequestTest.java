package org.ecvetledger.domain.transfer;

import static org.ecvetledger.domain.assessment.LedgerFixtures.profile;
import static org.ecvetledger.domain.catalogue.RuleViolations.violates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ecvetledger.domain.accumulation.PathwayDirectory;
import org.ecvetledger.domain.accumulation.PathwayId;
import org.ecvetledger.domain.accumulation.RecognitionRecord;
import org.ecvetledger.domain.accumulation.RecognitionRecords;
import org.ecvetledger.domain.assessment.LedgerFixtures;
import org.ecvetledger.domain.equivalence.EquivalenceBasis;
import org.ecvetledger.domain.equivalence.EquivalenceId;
import org.ecvetledger.domain.equivalence.EquivalenceRecord;
import org.ecvetledger.domain.equivalence.EquivalenceTerms;
import org.ecvetledger.domain.equivalence.EquivalencesInForce;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.qualification.AttachedUnit;
import org.ecvetledger.domain.qualification.AwardRule;
import org.ecvetledger.domain.qualification.AwardRuleSet;
import org.ecvetledger.domain.qualification.QualificationRules;
import org.ecvetledger.domain.qualification.ResitPolicy;
import org.ecvetledger.domain.qualification.StandardDefinition;
import org.ecvetledger.domain.qualification.UnitRole;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.Test;

/** DOMAIN c6 as a process: request with the equivalence lookup, validation, then completion or refusal (S23, S25). */
class TransferRequestTest {

    private static final TransferRequestId REQUEST =
            new TransferRequestId(UUID.fromString("01a2f000-0000-7000-8000-000000000001"));
    private static final LearnerId LEARNER = LearnerId.of("01a21e00-0000-7000-8000-0000000000d2");
    private static final QualificationRef MOTO = QualificationRef.of("FI-MOTO-MECH", 1);
    private static final QualificationRef CAR = QualificationRef.of("FI-CAR-MECH", 1);
    private static final UnitRef MOTO_RECEPTION = UnitRef.of("MOTO-CUST-REC", 1);
    private static final UnitRef CAR_RECEPTION = UnitRef.of("CAR-CUST-REC", 1);
    private static final UnitRef CAR_DIAGNOSIS = UnitRef.of("CAR-DIAG", 1);
    private static final InstitutionId CAR_COLLEGE = new InstitutionId("FI-STADIN-AUTO");
    private static final InstitutionId MOTO_COLLEGE = new InstitutionId("FI-OMNIA-MOTO");
    private static final Actor CAR_OFFICER = new Actor(CAR_COLLEGE, "Ms Virtanen");
    private static final Actor MOTO_OFFICER = new Actor(MOTO_COLLEGE, "Mr Laine");
    /** Holds only the recognise function for the car qualification (ADR 0022). */
    private static final InstitutionId AGENCY = new InstitutionId("FI-OPH");

    private static final Actor AGENCY_OFFICER = new Actor(AGENCY, "Ms Korhonen");
    private static final EquivalenceId EQUIVALENCE = EquivalenceId.of("01a2e000-0000-7000-8000-000000000001");
    private static final LocalDate ON = LocalDate.of(2025, 9, 10);

    private static StandardDefinition car() {
        return new StandardDefinition(
                CAR,
                profile("FI", CAR_COLLEGE, CreditFramework.ECVET, CreditPoints.of(60), null, ResitPolicy.LATEST),
                new QualificationRules(
                        CreditFramework.ECVET,
                        CreditPoints.of(60),
                        List.of(
                                new AttachedUnit(
                                        CAR_RECEPTION,
                                        UnitRole.MANDATORY,
                                        null,
                                        CreditPoints.of(15),
                                        null,
                                        false,
                                        null),
                                new AttachedUnit(
                                        CAR_DIAGNOSIS,
                                        UnitRole.MANDATORY,
                                        null,
                                        CreditPoints.of(45),
                                        null,
                                        false,
                                        null)),
                        new AwardRuleSet(List.of(new AwardRule.AllMandatoryUnits())),
                        null));
    }

    private static final RecognitionRecords RECEPTION_HELD = (learner, qualification, unit) ->
            learner.equals(LEARNER) && qualification.equals(MOTO.id()) && unit.equals(MOTO_RECEPTION)
                    ? Optional.of(new RecognitionRecord(
                            MOTO, LocalDate.of(2024, 6, 1), MOTO_COLLEGE, CreditPoints.of(10), BigDecimal.ONE))
                    : Optional.empty();

    private static final EquivalencesInForce MATRIX =
            (source, target) -> source.equals(MOTO_RECEPTION) && target.equals(CAR_RECEPTION)
                    ? Optional.of(new EquivalenceRecord(
                            EQUIVALENCE,
                            3,
                            new EquivalenceTerms(
                                    MOTO_RECEPTION,
                                    CAR_RECEPTION,
                                    Coverage.FULL,
                                    List.of(),
                                    EquivalenceBasis.COMPETENCE_MATRIX,
                                    "ESYCQ"),
                            false))
                    : Optional.empty();

    private static final PathwayDirectory ENROLLED_IN_CAR =
            (learner, qualification) -> learner.equals(LEARNER) && qualification.equals(CAR.id());

    private static FixtureConfiguration<TransferRequest> fixture() {
        var fixture = new AggregateTestFixture<>(TransferRequest.class);
        fixture.registerInjectableResource(new LedgerFixtures.Ledger()
                .register(CAR_COLLEGE, MOTO_COLLEGE, AGENCY)
                .learner(LEARNER)
                .define(car())
                .grant(CAR_COLLEGE, InstitutionFunction.VALIDATE, CAR)
                .grant(CAR_COLLEGE, InstitutionFunction.RECOGNISE, CAR)
                .grant(MOTO_COLLEGE, InstitutionFunction.VALIDATE, CAR)
                .grant(AGENCY, InstitutionFunction.RECOGNISE, CAR));
        fixture.registerInjectableResource(RECEPTION_HELD);
        fixture.registerInjectableResource(MATRIX);
        fixture.registerInjectableResource(ENROLLED_IN_CAR);
        return fixture;
    }

    private static RequestCreditTransfer request(UnitRef target) {
        return new RequestCreditTransfer(REQUEST, LEARNER, MOTO.id(), MOTO_RECEPTION, CAR, target, CAR_OFFICER, ON);
    }

    private static TransferRequested requested(TransferRoute route) {
        var equivalence = route == TransferRoute.EQUIVALENCE;
        return new TransferRequested(
                REQUEST,
                LEARNER,
                MOTO,
                MOTO_RECEPTION,
                CAR,
                equivalence ? CAR_RECEPTION : CAR_DIAGNOSIS,
                route,
                equivalence ? EQUIVALENCE : null,
                equivalence ? 3 : null,
                equivalence ? Coverage.FULL : null,
                CAR_OFFICER,
                ON);
    }

    @Test
    void S23_a_request_finds_the_equivalence_in_force_and_names_it_with_its_version_and_coverage() {
        fixture()
                .givenNoPriorActivity()
                .when(request(CAR_RECEPTION))
                .expectSuccessfulHandlerExecution()
                .expectEvents(requested(TransferRoute.EQUIVALENCE));
    }

    @Test
    void without_an_equivalence_the_request_calls_for_a_targeted_assessment() {
        fixture()
                .givenNoPriorActivity()
                .when(request(CAR_DIAGNOSIS))
                .expectEvents(requested(TransferRoute.TARGETED_ASSESSMENT));
    }

    @Test
    void credit_that_is_not_recognised_cannot_be_put_forward() {
        fixture()
                .givenNoPriorActivity()
                .when(new RequestCreditTransfer(
                        REQUEST, LEARNER, MOTO.id(), UnitRef.of("MOTO-ENGINE", 1), CAR, CAR_RECEPTION, CAR_OFFICER, ON))
                .expectNoEvents()
                .expectException(violates("source-not-recognised"));
    }

    @Test
    void a_learner_not_enrolled_in_the_receiving_qualification_is_refused() {
        fixture()
                .givenNoPriorActivity()
                .when(new RequestCreditTransfer(
                        REQUEST,
                        LearnerId.of("01a21e00-0000-7000-8000-0000000000ff"),
                        MOTO.id(),
                        MOTO_RECEPTION,
                        CAR,
                        CAR_RECEPTION,
                        CAR_OFFICER,
                        ON))
                .expectNoEvents()
                .expectException(violates("not-enrolled"));
    }

    @Test
    void S23_a_competent_institution_of_the_receiving_standard_validates_the_request() {
        fixture()
                .given(requested(TransferRoute.EQUIVALENCE))
                .when(new ValidateCreditTransfer(REQUEST, CAR_OFFICER, "STADIN-2025/117", ON))
                .expectEvents(new CreditTransferValidated(REQUEST, CAR_OFFICER, "STADIN-2025/117", ON));
    }

    @Test
    void R2_a_body_without_both_validate_and_recognise_for_the_receiving_standard_cannot_validate() {
        fixture()
                .given(requested(TransferRoute.EQUIVALENCE))
                .when(new ValidateCreditTransfer(REQUEST, MOTO_OFFICER, "OMNIA-1", ON))
                .expectNoEvents()
                .expectException(violates("not-authorised"));
    }

    @Test
    void a_request_needing_a_targeted_assessment_is_not_validated_as_a_transfer() {
        fixture()
                .given(requested(TransferRoute.TARGETED_ASSESSMENT))
                .when(new ValidateCreditTransfer(REQUEST, CAR_OFFICER, "STADIN-2025/117", ON))
                .expectNoEvents()
                .expectException(violates("targeted-assessment-required"));
    }

    @Test
    void a_validated_request_is_not_validated_twice() {
        fixture()
                .given(
                        requested(TransferRoute.EQUIVALENCE),
                        new CreditTransferValidated(REQUEST, CAR_OFFICER, "STADIN-2025/117", ON))
                .when(new ValidateCreditTransfer(REQUEST, CAR_OFFICER, "STADIN-2025/118", ON))
                .expectNoEvents()
                .expectException(violates("transfer-decided"));
    }

    @Test
    void the_saga_completes_the_request_once() {
        var completed = new CreditTransferCompleted(
                REQUEST, new PathwayId(LEARNER, CAR.id()), CAR_RECEPTION, "CreditTransferred", ON, CAR_OFFICER);
        fixture()
                .given(
                        requested(TransferRoute.EQUIVALENCE),
                        new CreditTransferValidated(REQUEST, CAR_OFFICER, "STADIN-2025/117", ON))
                .when(new CompleteCreditTransfer(REQUEST, "CreditTransferred", ON, CAR_OFFICER))
                .expectEvents(completed);
        fixture()
                .given(
                        requested(TransferRoute.EQUIVALENCE),
                        new CreditTransferValidated(REQUEST, CAR_OFFICER, "STADIN-2025/117", ON),
                        completed)
                .when(new CompleteCreditTransfer(REQUEST, "CreditTransferred", ON, CAR_OFFICER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void the_saga_records_a_refusal_of_the_receiving_pathway_with_its_rule() {
        fixture()
                .given(
                        requested(TransferRoute.EQUIVALENCE),
                        new CreditTransferValidated(REQUEST, CAR_OFFICER, "STADIN-2025/117", ON))
                .when(new RefuseCreditTransfer(REQUEST, "already-recognised", "held already", ON))
                .expectEvents(new CreditTransferRefused(REQUEST, "already-recognised", "held already", ON));
    }

    // --- validation by one body, recognition by another (ADR 0022)

    private static final LocalDate LATER = LocalDate.of(2025, 9, 20);

    private static CreditTransferValidated validatedLeavingTheRecognition() {
        return new CreditTransferValidated(REQUEST, MOTO_OFFICER, "OMNIA-2025/8", ON, true);
    }

    @Test
    void S23_a_body_holding_only_validate_validates_and_leaves_the_recognition_to_another() {
        fixture()
                .given(requested(TransferRoute.EQUIVALENCE))
                .when(new ValidateCreditTransfer(REQUEST, MOTO_OFFICER, "OMNIA-2025/8", ON, true))
                .expectEvents(validatedLeavingTheRecognition());
    }

    @Test
    void R2_a_body_without_validate_cannot_validate_even_leaving_the_recognition_to_another() {
        fixture()
                .given(requested(TransferRoute.EQUIVALENCE))
                .when(new ValidateCreditTransfer(REQUEST, AGENCY_OFFICER, "OPH-1", ON, true))
                .expectNoEvents()
                .expectException(violates("not-authorised"));
    }

    @Test
    void S23_a_body_holding_recognise_for_the_receiving_standard_recognises_what_another_validated() {
        fixture()
                .given(requested(TransferRoute.EQUIVALENCE), validatedLeavingTheRecognition())
                .when(new RecogniseCreditTransfer(REQUEST, AGENCY_OFFICER, "OPH-2025/31", LATER))
                .expectEvents(new CreditTransferRecognised(REQUEST, AGENCY_OFFICER, "OPH-2025/31", LATER));
    }

    @Test
    void the_validating_body_may_recognise_itself_when_it_holds_recognise() {
        fixture()
                .given(
                        requested(TransferRoute.EQUIVALENCE),
                        new CreditTransferValidated(REQUEST, CAR_OFFICER, "STADIN-2025/117", ON, true))
                .when(new RecogniseCreditTransfer(REQUEST, CAR_OFFICER, "STADIN-2025/118", ON))
                .expectEvents(new CreditTransferRecognised(REQUEST, CAR_OFFICER, "STADIN-2025/118", ON));
    }

    @Test
    void R2_a_body_without_recognise_for_the_receiving_standard_cannot_recognise() {
        fixture()
                .given(requested(TransferRoute.EQUIVALENCE), validatedLeavingTheRecognition())
                .when(new RecogniseCreditTransfer(REQUEST, MOTO_OFFICER, "OMNIA-2025/9", LATER))
                .expectNoEvents()
                .expectException(violates("not-authorised"));
    }

    @Test
    void a_transfer_is_not_recognised_before_it_is_validated() {
        fixture()
                .given(requested(TransferRoute.EQUIVALENCE))
                .when(new RecogniseCreditTransfer(REQUEST, AGENCY_OFFICER, "OPH-2025/31", LATER))
                .expectNoEvents()
                .expectException(violates("transfer-not-validated"));
    }

    @Test
    void a_recognition_cannot_take_effect_before_the_validation() {
        fixture()
                .given(requested(TransferRoute.EQUIVALENCE), validatedLeavingTheRecognition())
                .when(new RecogniseCreditTransfer(REQUEST, AGENCY_OFFICER, "OPH-2025/31", ON.minusDays(1)))
                .expectNoEvents()
                .expectException(violates("recognition-before-validation"));
    }

    @Test
    void a_transfer_validated_and_recognised_in_one_decision_takes_no_second_recognition() {
        fixture()
                .given(
                        requested(TransferRoute.EQUIVALENCE),
                        new CreditTransferValidated(REQUEST, CAR_OFFICER, "STADIN-2025/117", ON))
                .when(new RecogniseCreditTransfer(REQUEST, AGENCY_OFFICER, "OPH-2025/31", LATER))
                .expectNoEvents()
                .expectException(violates("transfer-decided"));
    }

    @Test
    void a_recognised_transfer_is_not_recognised_twice() {
        fixture()
                .given(
                        requested(TransferRoute.EQUIVALENCE),
                        validatedLeavingTheRecognition(),
                        new CreditTransferRecognised(REQUEST, AGENCY_OFFICER, "OPH-2025/31", LATER))
                .when(new RecogniseCreditTransfer(REQUEST, AGENCY_OFFICER, "OPH-2025/32", LATER))
                .expectNoEvents()
                .expectException(violates("transfer-decided"));
    }

    @Test
    void a_request_needing_a_targeted_assessment_is_not_recognised_as_a_transfer() {
        fixture()
                .given(requested(TransferRoute.TARGETED_ASSESSMENT))
                .when(new RecogniseCreditTransfer(REQUEST, AGENCY_OFFICER, "OPH-2025/31", LATER))
                .expectNoEvents()
                .expectException(violates("targeted-assessment-required"));
    }

    @Test
    void the_saga_completes_a_request_recognised_by_a_second_body_naming_it() {
        fixture()
                .given(
                        requested(TransferRoute.EQUIVALENCE),
                        validatedLeavingTheRecognition(),
                        new CreditTransferRecognised(REQUEST, AGENCY_OFFICER, "OPH-2025/31", LATER))
                .when(new CompleteCreditTransfer(REQUEST, "CreditTransferred", LATER, AGENCY_OFFICER))
                .expectEvents(new CreditTransferCompleted(
                        REQUEST,
                        new PathwayId(LEARNER, CAR.id()),
                        CAR_RECEPTION,
                        "CreditTransferred",
                        LATER,
                        AGENCY_OFFICER));
    }
}
