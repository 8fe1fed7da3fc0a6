package org.ecvetledger.projections.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ecvetledger.domain.accumulation.PathwayId;
import org.ecvetledger.domain.equivalence.EquivalenceId;
import org.ecvetledger.domain.institution.FunctionGrant;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.institution.InstitutionFunctionGranted;
import org.ecvetledger.domain.qualification.QualificationProfile;
import org.ecvetledger.domain.qualification.QualificationStandardDrafted;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.Jurisdiction;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.MultilingualText;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.domain.transfer.CreditTransferCompleted;
import org.ecvetledger.domain.transfer.CreditTransferRecognised;
import org.ecvetledger.domain.transfer.CreditTransferRefused;
import org.ecvetledger.domain.transfer.CreditTransferValidated;
import org.ecvetledger.domain.transfer.TransferRequestId;
import org.ecvetledger.domain.transfer.TransferRequested;
import org.ecvetledger.domain.transfer.TransferRoute;
import org.ecvetledger.projections.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The transfer-request read model (ADR 0022): each step with who took it and when, as the events state it. */
class TransferRequestProjectorIT {

    private static final JdbcTemplate jdbc = ReadModelDatabase.jdbc();
    private static final QualificationRef MOTO = QualificationRef.of("FI-MOTO-MECH", 1);
    private static final QualificationRef CAR = QualificationRef.of("FI-CAR-MECH", 1);
    private static final UnitRef MOTO_RECEPTION = UnitRef.of("MOTO-CUST-REC", 1);
    private static final UnitRef CAR_RECEPTION = UnitRef.of("CAR-CUST-REC", 1);
    private static final Actor CAR_OFFICER = new Actor(new InstitutionId("FI-STADIN-AUTO"), "Ms Virtanen");
    private static final Actor MOTO_OFFICER = new Actor(new InstitutionId("FI-OMNIA-MOTO"), "Mr Laine");
    private static final Actor AGENCY_OFFICER = new Actor(new InstitutionId("FI-OPH"), "Ms Korhonen");
    private static final EquivalenceId EQUIVALENCE = new EquivalenceId(UUID.randomUUID());
    private static final LocalDate ON = LocalDate.of(2025, 9, 10);

    private final TransferRequestProjector projector = new TransferRequestProjector(jdbc);
    private final LearnerId learner = new LearnerId(UUID.randomUUID());

    @BeforeEach
    void reset() {
        projector.reset();
    }

    private TransferRequested requested(TransferRequestId request, TransferRoute route, LocalDate on) {
        var equivalence = route == TransferRoute.EQUIVALENCE;
        return new TransferRequested(
                request,
                learner,
                MOTO,
                MOTO_RECEPTION,
                CAR,
                CAR_RECEPTION,
                route,
                equivalence ? EQUIVALENCE : null,
                equivalence ? 3 : null,
                equivalence ? Coverage.FULL : null,
                CAR_OFFICER,
                on);
    }

    private TransferRequestView view(TransferRequestId request) {
        return projector.handle(new GetTransferRequest(request)).orElseThrow();
    }

    @Test
    void S23_a_request_validated_by_one_body_and_recognised_by_another_names_both_with_their_dates() {
        var request = new TransferRequestId(UUID.randomUUID());
        projector.on(requested(request, TransferRoute.EQUIVALENCE, ON), 0);
        projector.on(new CreditTransferValidated(request, MOTO_OFFICER, "OMNIA-8", ON.plusDays(5), true), 1);

        var validated = view(request);
        assertThat(validated.state()).isEqualTo(TransferRequestState.VALIDATED);
        assertThat(validated.recognitionFollows()).isTrue();
        assertThat(validated.validated()).isEqualTo(new TransferStepView(MOTO_OFFICER, "OMNIA-8", ON.plusDays(5)));
        assertThat(validated.recognised()).isNull();

        projector.on(new CreditTransferRecognised(request, AGENCY_OFFICER, "OPH-31", ON.plusDays(9)), 2);
        assertThat(view(request).state()).isEqualTo(TransferRequestState.RECOGNISED);
        projector.on(
                new CreditTransferCompleted(
                        request,
                        new PathwayId(learner, CAR.id()),
                        CAR_RECEPTION,
                        "CreditTransferred",
                        ON.plusDays(9),
                        AGENCY_OFFICER),
                3);

        var completed = view(request);
        assertThat(completed.state()).isEqualTo(TransferRequestState.COMPLETED);
        assertThat(completed.requested()).isEqualTo(new TransferStepView(CAR_OFFICER, null, ON));
        assertThat(completed.validated().by()).isEqualTo(MOTO_OFFICER);
        assertThat(completed.recognised()).isEqualTo(new TransferStepView(AGENCY_OFFICER, "OPH-31", ON.plusDays(9)));
        assertThat(completed.recognitionEvent()).isEqualTo("CreditTransferred");
        assertThat(completed.completedOn()).isEqualTo(ON.plusDays(9));
        assertThat(completed.equivalence()).isEqualTo(EQUIVALENCE);
        assertThat(completed.equivalenceVersion()).isEqualTo(3);
        assertThat(completed.coverage()).isEqualTo(Coverage.FULL);
        assertThat(completed.sourceStandard()).isEqualTo(MOTO);
        assertThat(completed.unit()).isEqualTo(CAR_RECEPTION);
    }

    @Test
    void one_body_validating_and_recognising_is_named_for_both_steps_even_on_a_revision_1_completion() {
        var request = new TransferRequestId(UUID.randomUUID());
        projector.on(requested(request, TransferRoute.EQUIVALENCE, ON), 0);
        projector.on(new CreditTransferValidated(request, CAR_OFFICER, "STADIN-117", ON), 1);
        projector.on(
                new CreditTransferCompleted(
                        request, new PathwayId(learner, CAR.id()), CAR_RECEPTION, "CreditTransferred", ON, null),
                2);

        var completed = view(request);
        assertThat(completed.recognitionFollows()).isFalse();
        assertThat(completed.recognised()).isEqualTo(new TransferStepView(CAR_OFFICER, "STADIN-117", ON));
    }

    @Test
    void a_refused_request_keeps_its_rule_and_reason_and_a_redelivered_event_changes_nothing() {
        var request = new TransferRequestId(UUID.randomUUID());
        projector.on(requested(request, TransferRoute.EQUIVALENCE, ON), 0);
        projector.on(new CreditTransferValidated(request, CAR_OFFICER, "STADIN-117", ON), 1);
        projector.on(new CreditTransferRefused(request, "already-recognised", "held already", ON), 2);
        projector.on(new CreditTransferValidated(request, MOTO_OFFICER, "OMNIA-9", ON), 1);

        var refused = view(request);
        assertThat(refused.state()).isEqualTo(TransferRequestState.REFUSED);
        assertThat(refused.refusalRule()).isEqualTo("already-recognised");
        assertThat(refused.refusalReason()).isEqualTo("held already");
        assertThat(refused.validated().by()).isEqualTo(CAR_OFFICER);
    }

    @Test
    void
            a_targeted_assessment_is_completed_by_the_body_that_recognised_the_unit_and_the_learners_requests_come_oldest_first() {
        var later = new TransferRequestId(UUID.randomUUID());
        var earlier = new TransferRequestId(UUID.randomUUID());
        projector.on(requested(later, TransferRoute.TARGETED_ASSESSMENT, ON.plusDays(30)), 0);
        projector.on(requested(earlier, TransferRoute.EQUIVALENCE, ON), 0);
        projector.on(
                new CreditTransferCompleted(
                        later,
                        new PathwayId(learner, CAR.id()),
                        CAR_RECEPTION,
                        "UnitRecognised",
                        ON.plusDays(60),
                        AGENCY_OFFICER),
                1);

        var targeted = view(later);
        assertThat(targeted.route()).isEqualTo(TransferRoute.TARGETED_ASSESSMENT);
        assertThat(targeted.coverage()).isNull();
        assertThat(targeted.validated()).isNull();
        assertThat(targeted.recognised()).isEqualTo(new TransferStepView(AGENCY_OFFICER, null, ON.plusDays(60)));
        assertThat(projector.handle(new FindTransferRequests(learner)))
                .extracting(TransferRequestView::transferRequestId)
                .containsExactly(earlier, later);
        assertThat(projector.handle(new FindTransferRequests(new LearnerId(UUID.randomUUID()))))
                .isEmpty();
    }

    @Test
    void pending_requests_await_the_bodies_competent_for_the_next_decision() {
        projector.on(new QualificationStandardDrafted(
                CAR,
                new QualificationProfile(
                        MultilingualText.of("en", "Car mechanic"),
                        Jurisdiction.of("FI"),
                        List.of(CAR_OFFICER.institution()),
                        4,
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
        projector.on(granted(MOTO_OFFICER.institution(), InstitutionFunction.VALIDATE, "FI"));
        projector.on(granted(AGENCY_OFFICER.institution(), InstitutionFunction.RECOGNISE, "FI"));
        projector.on(granted(CAR_OFFICER.institution(), InstitutionFunction.VALIDATE, "SE"));
        var request = new TransferRequestId(UUID.randomUUID());
        var targeted = new TransferRequestId(UUID.randomUUID());
        projector.on(requested(request, TransferRoute.EQUIVALENCE, ON), 0);
        projector.on(requested(targeted, TransferRoute.TARGETED_ASSESSMENT, ON), 0);

        assertThat(pending(MOTO_OFFICER))
                .as("a targeted assessment is no transfer to validate")
                .containsExactly(request);
        assertThat(pending(AGENCY_OFFICER)).isEmpty();
        assertThat(pending(CAR_OFFICER))
                .as("its grant lies in another jurisdiction")
                .isEmpty();

        projector.on(new CreditTransferValidated(request, MOTO_OFFICER, "OMNIA-8", ON, true), 1);
        assertThat(pending(MOTO_OFFICER)).isEmpty();
        assertThat(pending(AGENCY_OFFICER)).containsExactly(request);

        projector.on(new CreditTransferRecognised(request, AGENCY_OFFICER, "OPH-31", ON), 2);
        assertThat(pending(AGENCY_OFFICER)).isEmpty();
    }

    private List<TransferRequestId> pending(Actor body) {
        return projector.handle(new FindPendingTransferRequests(body.institution())).stream()
                .map(TransferRequestView::transferRequestId)
                .toList();
    }

    private static InstitutionFunctionGranted granted(
            InstitutionId institution, InstitutionFunction function, String jurisdiction) {
        return new InstitutionFunctionGranted(
                institution,
                new FunctionGrant(function, null, Jurisdiction.of(jurisdiction)),
                LocalDate.of(2020, 1, 1));
    }
}
