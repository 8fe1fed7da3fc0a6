package org.ecvetledger.app.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.test.saga.SagaTestFixture;
import org.ecvetledger.domain.accumulation.PathwayId;
import org.ecvetledger.domain.accumulation.RecordValidatedTransfer;
import org.ecvetledger.domain.accumulation.TransferCredit;
import org.ecvetledger.domain.accumulation.TransferRefusal;
import org.ecvetledger.domain.accumulation.UnitRecognised;
import org.ecvetledger.domain.equivalence.EquivalenceId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.domain.transfer.CompleteCreditTransfer;
import org.ecvetledger.domain.transfer.CreditTransferCompleted;
import org.ecvetledger.domain.transfer.CreditTransferRecognised;
import org.ecvetledger.domain.transfer.CreditTransferValidated;
import org.ecvetledger.domain.transfer.RefuseCreditTransfer;
import org.ecvetledger.domain.transfer.TransferRequestId;
import org.ecvetledger.domain.transfer.TransferRequested;
import org.ecvetledger.domain.transfer.TransferRoute;
import org.junit.jupiter.api.Test;

/** The transfer saga (DOMAIN c6, ADR 0013 amended): request → validation → recognition, or a targeted assessment. */
class CreditTransferSagaTest {

    private static final TransferRequestId REQUEST =
            new TransferRequestId(UUID.fromString("01a2f000-0000-7000-8000-000000000002"));
    private static final LearnerId LEARNER = LearnerId.of("01a21e00-0000-7000-8000-0000000000d3");
    private static final QualificationRef MOTO = QualificationRef.of("FI-MOTO-MECH", 1);
    private static final QualificationRef CAR = QualificationRef.of("FI-CAR-MECH", 1);
    private static final UnitRef MOTO_RECEPTION = UnitRef.of("MOTO-CUST-REC", 1);
    private static final UnitRef CAR_RECEPTION = UnitRef.of("CAR-CUST-REC", 1);
    private static final Actor CAR_OFFICER = new Actor(new InstitutionId("FI-STADIN-AUTO"), "Ms Virtanen");
    private static final Actor MOTO_OFFICER = new Actor(new InstitutionId("FI-OMNIA-MOTO"), "Mr Laine");
    private static final Actor AGENCY_OFFICER = new Actor(new InstitutionId("FI-OPH"), "Ms Korhonen");
    private static final EquivalenceId EQUIVALENCE = EquivalenceId.of("01a2e000-0000-7000-8000-000000000001");
    private static final LocalDate ON = LocalDate.of(2025, 9, 10);

    private static TransferRequested requested(TransferRoute route) {
        var viaEquivalence = route == TransferRoute.EQUIVALENCE;
        return new TransferRequested(
                REQUEST,
                LEARNER,
                MOTO,
                MOTO_RECEPTION,
                CAR,
                CAR_RECEPTION,
                route,
                viaEquivalence ? EQUIVALENCE : null,
                viaEquivalence ? 3 : null,
                viaEquivalence ? Coverage.FULL : null,
                CAR_OFFICER,
                ON);
    }

    private static final CreditTransferValidated VALIDATED =
            new CreditTransferValidated(REQUEST, CAR_OFFICER, "STADIN-2025/117", ON);

    private static RecordValidatedTransfer recordOnTheReceivingPathway() {
        return new RecordValidatedTransfer(new TransferCredit(
                LEARNER,
                CAR.id(),
                CAR_RECEPTION,
                MOTO.id(),
                MOTO_RECEPTION,
                EQUIVALENCE,
                "STADIN-2025/117",
                CAR_OFFICER,
                ON));
    }

    /** A fixture whose receiving pathway answers {@code refusal} (null: it recorded CreditTransferred). */
    private static SagaTestFixture<CreditTransferSaga> fixture(TransferRefusal refusal) {
        var fixture = new SagaTestFixture<>(CreditTransferSaga.class);
        var gateway = fixture.registerCommandGateway(CommandGateway.class);
        fixture.registerResourceInjector(saga -> ((CreditTransferSaga) saga).setCommands(gateway));
        fixture.setCallbackBehavior((command, metaData) -> command instanceof RecordValidatedTransfer ? refusal : null);
        return fixture;
    }

    @Test
    void S23_a_request_opens_the_saga_and_waits_for_its_validation() {
        fixture(null)
                .givenNoPriorActivity()
                .whenPublishingA(requested(TransferRoute.EQUIVALENCE))
                .expectActiveSagas(1)
                .expectNoDispatchedCommands();
    }

    @Test
    void
            S23_after_validation_the_saga_records_the_lossless_transfer_on_the_receiving_pathway_then_closes_the_request() {
        fixture(null)
                .givenAPublished(requested(TransferRoute.EQUIVALENCE))
                .whenPublishingA(VALIDATED)
                .expectDispatchedCommands(
                        recordOnTheReceivingPathway(),
                        new CompleteCreditTransfer(REQUEST, "CreditTransferred", ON, CAR_OFFICER));
    }

    @Test
    void a_refusal_of_the_receiving_pathway_closes_the_request_with_its_rule() {
        fixture(new TransferRefusal("already-recognised", "CAR-CUST-REC@1 is already recognised"))
                .givenAPublished(requested(TransferRoute.EQUIVALENCE))
                .whenPublishingA(VALIDATED)
                .expectDispatchedCommands(
                        recordOnTheReceivingPathway(),
                        new RefuseCreditTransfer(
                                REQUEST, "already-recognised", "CAR-CUST-REC@1 is already recognised", ON));
    }

    @Test
    void without_an_equivalence_the_receiving_units_recognition_after_a_targeted_assessment_completes_the_request() {
        var pathway = new PathwayId(LEARNER, CAR.id());
        fixture(null)
                .givenAPublished(requested(TransferRoute.TARGETED_ASSESSMENT))
                .whenPublishingA(new UnitRecognised(
                        pathway,
                        CAR,
                        CAR_RECEPTION,
                        null,
                        BigDecimal.valueOf(4),
                        false,
                        List.of(),
                        CAR_OFFICER,
                        LocalDate.of(2025, 11, 3),
                        null))
                .expectDispatchedCommands(
                        new CompleteCreditTransfer(REQUEST, "UnitRecognised", LocalDate.of(2025, 11, 3), CAR_OFFICER));
    }

    @Test
    void another_units_recognition_on_the_receiving_pathway_leaves_the_request_open() {
        fixture(null)
                .givenAPublished(requested(TransferRoute.TARGETED_ASSESSMENT))
                .whenPublishingA(new UnitRecognised(
                        new PathwayId(LEARNER, CAR.id()),
                        CAR,
                        UnitRef.of("CAR-DIAG", 1),
                        null,
                        null,
                        false,
                        List.of(),
                        CAR_OFFICER,
                        ON,
                        null))
                .expectActiveSagas(1)
                .expectNoDispatchedCommands();
    }

    @Test
    void the_completed_request_ends_the_saga() {
        fixture(null)
                .givenAPublished(requested(TransferRoute.EQUIVALENCE))
                .andThenAPublished(VALIDATED)
                .whenPublishingA(new CreditTransferCompleted(
                        REQUEST, new PathwayId(LEARNER, CAR.id()), CAR_RECEPTION, "CreditTransferred", ON, CAR_OFFICER))
                .expectActiveSagas(0);
    }

    // --- validation by one body, recognition by another (ADR 0022)

    private static final LocalDate LATER = LocalDate.of(2025, 9, 20);

    private static final CreditTransferValidated VALIDATED_LEAVING_THE_RECOGNITION =
            new CreditTransferValidated(REQUEST, MOTO_OFFICER, "OMNIA-2025/8", ON, true);

    private static final CreditTransferRecognised RECOGNISED_BY_THE_AGENCY =
            new CreditTransferRecognised(REQUEST, AGENCY_OFFICER, "OPH-2025/31", LATER);

    private static RecordValidatedTransfer recordedNamingBothBodies() {
        return new RecordValidatedTransfer(
                new TransferCredit(
                        LEARNER,
                        CAR.id(),
                        CAR_RECEPTION,
                        MOTO.id(),
                        MOTO_RECEPTION,
                        EQUIVALENCE,
                        "OPH-2025/31",
                        AGENCY_OFFICER,
                        LATER),
                MOTO_OFFICER,
                "OMNIA-2025/8");
    }

    @Test
    void S23_a_validation_leaving_the_recognition_to_another_body_records_nothing_on_the_pathway_yet() {
        fixture(null)
                .givenAPublished(requested(TransferRoute.EQUIVALENCE))
                .whenPublishingA(VALIDATED_LEAVING_THE_RECOGNITION)
                .expectActiveSagas(1)
                .expectNoDispatchedCommands();
    }

    @Test
    void S23_the_second_bodys_recognition_records_the_transfer_naming_both_bodies_then_closes_the_request() {
        fixture(null)
                .givenAPublished(requested(TransferRoute.EQUIVALENCE))
                .andThenAPublished(VALIDATED_LEAVING_THE_RECOGNITION)
                .whenPublishingA(RECOGNISED_BY_THE_AGENCY)
                .expectDispatchedCommands(
                        recordedNamingBothBodies(),
                        new CompleteCreditTransfer(REQUEST, "CreditTransferred", LATER, AGENCY_OFFICER));
    }

    @Test
    void a_refusal_after_the_second_bodys_recognition_closes_the_request_with_its_rule() {
        fixture(new TransferRefusal("equivalence-withdrawn", "equivalence withdrawn"))
                .givenAPublished(requested(TransferRoute.EQUIVALENCE))
                .andThenAPublished(VALIDATED_LEAVING_THE_RECOGNITION)
                .whenPublishingA(RECOGNISED_BY_THE_AGENCY)
                .expectDispatchedCommands(
                        recordedNamingBothBodies(),
                        new RefuseCreditTransfer(REQUEST, "equivalence-withdrawn", "equivalence withdrawn", LATER));
    }
}
