package org.ecvetledger.app.ledger;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.app.eventstore.TimeOrderedIdentifierFactory;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.transfer.RecogniseCreditTransfer;
import org.ecvetledger.domain.transfer.RequestCreditTransfer;
import org.ecvetledger.domain.transfer.TransferRequestId;
import org.ecvetledger.domain.transfer.ValidateCreditTransfer;
import org.ecvetledger.projections.transfer.FindPendingTransferRequests;
import org.ecvetledger.projections.transfer.FindTransferRequests;
import org.ecvetledger.projections.transfer.GetTransferRequest;
import org.ecvetledger.projections.transfer.TransferRequestView;
import org.ecvetledger.projections.transfer.TransferStepView;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Credit transfer as a process (DOMAIN c6, ADR 0013 amended): a request with the equivalence lookup,
 * then the validation by a competent institution of the receiving standard; the transfer saga records
 * the recognition ({@code CreditTransferred}) a moment later and closes the request. Without an
 * equivalence the request waits for a targeted assessment through the pathway's own validation and
 * recognition. The one-step {@code POST …/credit-transfers} stays for a decision taken at once.
 */
@RestController
class TransferRequestController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    TransferRequestController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    record TransferRequestAnswer(String transferRequestId, String recorded) {}

    @PostMapping(
            path = "/api/learners/{learnerId}/transfer-requests",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    TransferRequestAnswer request(
            @PathVariable UUID learnerId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody LedgerRequests.TransferRequest request) {
        var fields = new InvalidField.Fields();
        var requestedBy = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var sourceQualification =
                LedgerValues.qualification(fields, "sourceQualification", request.sourceQualification());
        var sourceUnit = LedgerValues.unit(fields, "sourceUnit", request.sourceUnit());
        var qualification = LedgerValues.qualification(fields, "qualification", request.qualification());
        var unit = LedgerValues.unit(fields, "unit", request.unit());
        fields.throwIfAny();
        var id = new TransferRequestId(TimeOrderedIdentifierFactory.next());
        commands.sendAndWait(new RequestCreditTransfer(
                id,
                new LearnerId(learnerId),
                sourceQualification,
                sourceUnit,
                new QualificationRef(qualification, request.version()),
                unit,
                requestedBy,
                LedgerValues.date(request.requestedOn())));
        return new TransferRequestAnswer(id.toString(), "TransferRequested");
    }

    @PostMapping(
            path = "/api/transfer-requests/{transferRequestId}/validation",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    TransferRequestAnswer validate(
            @PathVariable UUID transferRequestId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody LedgerRequests.TransferValidation request) {
        var fields = new InvalidField.Fields();
        var validatedBy = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        fields.throwIfAny();
        var id = new TransferRequestId(transferRequestId);
        try {
            commands.sendAndWait(new ValidateCreditTransfer(
                    id,
                    validatedBy,
                    request.decisionReference(),
                    LedgerValues.date(request.effectiveDate()),
                    Boolean.TRUE.equals(request.recognitionFollows())));
        } catch (AggregateNotFoundException e) {
            throw new TransferRequestNotFound(id);
        }
        return new TransferRequestAnswer(id.toString(), "CreditTransferValidated");
    }

    /**
     * Step 4 by a second body (ADR 0022): a body holding recognise for the receiving standard
     * recognises a transfer whose validation left it the recognition; the saga then records the
     * lossless {@code CreditTransferred} naming both bodies and closes the request.
     */
    @PostMapping(
            path = "/api/transfer-requests/{transferRequestId}/recognition",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    TransferRequestAnswer recognise(
            @PathVariable UUID transferRequestId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody LedgerRequests.TransferRecognition request) {
        var fields = new InvalidField.Fields();
        var recognisedBy = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        fields.throwIfAny();
        var id = new TransferRequestId(transferRequestId);
        try {
            commands.sendAndWait(new RecogniseCreditTransfer(
                    id, recognisedBy, request.decisionReference(), LedgerValues.date(request.effectiveDate())));
        } catch (AggregateNotFoundException e) {
            throw new TransferRequestNotFound(id);
        }
        return new TransferRequestAnswer(id.toString(), "CreditTransferRecognised");
    }

    /** One request as it stands, from the transfer-request read model: a step just taken shows a moment later. */
    @GetMapping(path = "/api/transfer-requests/{transferRequestId}", produces = MediaType.APPLICATION_JSON_VALUE)
    TransferRequestDocument transferRequest(@PathVariable UUID transferRequestId) {
        var id = new TransferRequestId(transferRequestId);
        return queries.query(new GetTransferRequest(id), ResponseTypes.optionalInstanceOf(TransferRequestView.class))
                .join()
                .map(TransferRequestController::document)
                .orElseThrow(() -> new TransferRequestNotFound(id));
    }

    /** The learner's transfer requests, oldest first. */
    @GetMapping(path = "/api/learners/{learnerId}/transfer-requests", produces = MediaType.APPLICATION_JSON_VALUE)
    List<TransferRequestDocument> transferRequests(@PathVariable UUID learnerId) {
        return queries
                .query(
                        new FindTransferRequests(new LearnerId(learnerId)),
                        ResponseTypes.multipleInstancesOf(TransferRequestView.class))
                .join()
                .stream()
                .map(TransferRequestController::document)
                .toList();
    }

    /**
     * The requests awaiting a decision this institution may take (R2, ADR 0022): a validation where it
     * holds validate for the receiving standard, a recognition left to another body where it holds
     * recognise; oldest first.
     */
    @GetMapping(
            path = "/api/institutions/{institutionId}/transfer-requests",
            produces = MediaType.APPLICATION_JSON_VALUE)
    List<TransferRequestDocument> pendingTransferRequests(@PathVariable String institutionId) {
        var institution = InvalidField.check("institutionId", () -> new InstitutionId(institutionId.strip()));
        return queries
                .query(
                        new FindPendingTransferRequests(institution),
                        ResponseTypes.multipleInstancesOf(TransferRequestView.class))
                .join()
                .stream()
                .map(TransferRequestController::document)
                .toList();
    }

    private static TransferRequestDocument document(TransferRequestView view) {
        return new TransferRequestDocument(
                view.transferRequestId().toString(),
                view.learner().value().toString(),
                view.sourceStandard().toString(),
                view.sourceUnit().toString(),
                view.standard().toString(),
                view.unit().toString(),
                view.route().name(),
                view.equivalence() == null ? null : view.equivalence().value().toString(),
                view.equivalenceVersion(),
                view.coverage() == null ? null : view.coverage().name(),
                view.state().name(),
                step(view.requested()),
                step(view.validated()),
                view.recognitionFollows(),
                step(view.recognised()),
                view.recognitionEvent(),
                view.completedOn() == null ? null : view.completedOn().toString(),
                view.refusalRule() == null
                        ? null
                        : new Refusal(
                                view.refusalRule(),
                                view.refusalReason(),
                                view.refusedOn().toString()));
    }

    private static Step step(TransferStepView step) {
        return step == null
                ? null
                : new Step(
                        step.by().institution().value(),
                        step.by().person(),
                        step.decisionReference(),
                        step.effectiveDate().toString());
    }

    /**
     * A transfer request as it stands (ADR 0022).
     *
     * @param state REQUESTED, VALIDATED, RECOGNISED, COMPLETED or REFUSED
     * @param recognised the validating body when it recognised in its validation; null until recognised
     * @param refused null unless the receiving pathway refused the transfer
     */
    record TransferRequestDocument(
            String transferRequestId,
            String learnerId,
            String sourceStandard,
            String sourceUnit,
            String standard,
            String unit,
            String route,
            String equivalence,
            Integer equivalenceVersion,
            String coverage,
            String state,
            Step requested,
            Step validated,
            boolean recognitionFollows,
            Step recognised,
            String recognitionEvent,
            String completedOn,
            Refusal refused) {}

    /** Who took a step (institution and person), under which decision reference, effective when. */
    record Step(String institution, String person, String decisionReference, String effectiveDate) {}

    record Refusal(String rule, String reason, String effectiveDate) {}
}
