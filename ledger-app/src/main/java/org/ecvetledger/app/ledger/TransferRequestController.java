package org.ecvetledger.app.ledger;

import jakarta.validation.Valid;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.ecvetledger.app.eventstore.TimeOrderedIdentifierFactory;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.transfer.RequestCreditTransfer;
import org.ecvetledger.domain.transfer.TransferRequestId;
import org.ecvetledger.domain.transfer.ValidateCreditTransfer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

    TransferRequestController(CommandGateway commands) {
        this.commands = commands;
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
                    id, validatedBy, request.decisionReference(), LedgerValues.date(request.effectiveDate())));
        } catch (AggregateNotFoundException e) {
            throw new TransferRequestNotFound(id);
        }
        return new TransferRequestAnswer(id.toString(), "CreditTransferValidated");
    }
}
