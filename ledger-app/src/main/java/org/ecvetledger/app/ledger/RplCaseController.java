package org.ecvetledger.app.ledger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.ecvetledger.app.eventstore.TimeOrderedIdentifierFactory;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.app.web.IsoDate;
import org.ecvetledger.app.web.NotBefore;
import org.ecvetledger.app.web.RequestValues;
import org.ecvetledger.domain.assessment.Evidence;
import org.ecvetledger.domain.priorlearning.CompleteGapAnalysis;
import org.ecvetledger.domain.priorlearning.IssueIndividualTrainingPlan;
import org.ecvetledger.domain.priorlearning.OpenRplCase;
import org.ecvetledger.domain.priorlearning.RplCaseId;
import org.ecvetledger.domain.priorlearning.SubmitEvidence;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recognition of prior learning (DOMAIN c4): a case is opened by a competent institution, evidence is
 * submitted by reference and hash, the gap analysis weighs the learner's non-formal and informal
 * assessments outcome by outcome, and the individual training plan covers the gap. Credit is then
 * validated and recognised through the learner's pathway like any other (R22).
 */
@RestController
@RequestMapping(path = "/api/rpl-cases", produces = MediaType.APPLICATION_JSON_VALUE)
class RplCaseController {

    private final CommandGateway commands;

    RplCaseController(CommandGateway commands) {
        this.commands = commands;
    }

    /** Body of {@code POST /api/rpl-cases}; no target units means every unit of the standard. */
    record Opening(
            @NotBlank @Pattern(regexp = LedgerValues.UUID_FORM, message = LedgerValues.UUID_MESSAGE)
            String learner,

            @NotNull @Valid LedgerRequests.StandardVersion standard,

            @Size(max = 100)
            List<@NotBlank @Pattern(regexp = LedgerValues.UNIT_REF, message = LedgerValues.UNIT_REF_MESSAGE) String>
                    targetUnits,

            @Size(max = 200) String entryPoint,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String openedOn) {}

    /** Body of {@code POST /api/rpl-cases/{id}/evidence}. */
    record Submission(
            @NotEmpty @Size(max = 100) List<LedgerRequests.@NotNull @Valid Evidence> items,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String submittedOn) {}

    /** Body of {@code POST /api/rpl-cases/{id}/gap-analysis}. */
    record GapAnalysis(
            @NotEmpty @Size(max = 100) List<String> basis,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String completedOn) {}

    /** Body of {@code POST /api/rpl-cases/{id}/training-plan}. */
    record TrainingPlan(
            @NotBlank @Size(max = 200) String planReference,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String issuedOn) {}

    record CaseAnswer(String caseId, String recorded) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CaseAnswer open(
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody Opening request) {
        var fields = new InvalidField.Fields();
        var institution = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var standard = fields.check(
                "standard",
                () -> QualificationRef.of(
                        request.standard().id().strip(), request.standard().version()));
        var units = new ArrayList<UnitRef>();
        var texts = RequestValues.orEmpty(request.targetUnits());
        for (int i = 0; i < texts.size(); i++) {
            var unit = LedgerValues.unit(fields, "targetUnits[" + i + "]", texts.get(i));
            if (unit != null) {
                units.add(unit);
            }
        }
        RequestValues.rejectRepeats(fields, "targetUnits", texts, "unit");
        fields.throwIfAny();
        var caseId = new RplCaseId(TimeOrderedIdentifierFactory.next());
        commands.sendAndWait(new OpenRplCase(
                caseId,
                new LearnerId(UUID.fromString(request.learner().strip())),
                standard,
                units,
                institution,
                request.entryPoint(),
                LedgerValues.date(request.openedOn())));
        return new CaseAnswer(caseId.toString(), "RPLCaseOpened");
    }

    @PostMapping("/{caseId}/evidence")
    @ResponseStatus(HttpStatus.CREATED)
    CaseAnswer submit(
            @PathVariable UUID caseId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody Submission request) {
        var fields = new InvalidField.Fields();
        var receivedBy = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var items = new ArrayList<Evidence>();
        for (int i = 0; i < request.items().size(); i++) {
            var document = request.items().get(i);
            var item = fields.check(
                    "items[" + i + "]", () -> new Evidence(document.documentId().strip(), document.sha256()));
            if (item != null) {
                items.add(item);
            }
        }
        RequestValues.rejectRepeats(
                fields,
                "items",
                request.items().stream()
                        .map(LedgerRequests.Evidence::documentId)
                        .toList(),
                "document");
        fields.throwIfAny();
        var id = new RplCaseId(caseId);
        send(new SubmitEvidence(id, items, receivedBy, LedgerValues.date(request.submittedOn())), id);
        return new CaseAnswer(id.toString(), "EvidenceSubmitted");
    }

    @PostMapping("/{caseId}/gap-analysis")
    @ResponseStatus(HttpStatus.CREATED)
    CaseAnswer analyse(
            @PathVariable UUID caseId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody GapAnalysis request) {
        var fields = new InvalidField.Fields();
        var analysedBy = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var basis = LedgerValues.assessments(fields, "basis", request.basis());
        fields.throwIfAny();
        var id = new RplCaseId(caseId);
        send(new CompleteGapAnalysis(id, basis, analysedBy, LedgerValues.date(request.completedOn())), id);
        return new CaseAnswer(id.toString(), "GapAnalysisCompleted");
    }

    @PostMapping("/{caseId}/training-plan")
    @ResponseStatus(HttpStatus.CREATED)
    CaseAnswer issuePlan(
            @PathVariable UUID caseId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody TrainingPlan request) {
        var fields = new InvalidField.Fields();
        var issuedBy = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        fields.throwIfAny();
        var id = new RplCaseId(caseId);
        send(
                new IssueIndividualTrainingPlan(
                        id, request.planReference(), issuedBy, LedgerValues.date(request.issuedOn())),
                id);
        return new CaseAnswer(id.toString(), "IndividualTrainingPlanIssued");
    }

    private void send(Object command, RplCaseId id) {
        try {
            commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            throw new RplCaseNotFound(id);
        }
    }
}
