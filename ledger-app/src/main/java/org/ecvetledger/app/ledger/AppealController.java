package org.ecvetledger.app.ledger;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.ecvetledger.app.eventstore.TimeOrderedIdentifierFactory;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.app.web.RequestValues;
import org.ecvetledger.domain.appeal.AppealSubject;
import org.ecvetledger.domain.appeal.LodgeAppeal;
import org.ecvetledger.domain.appeal.RejectAppeal;
import org.ecvetledger.domain.appeal.UpholdAppeal;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.OutcomeResult;
import org.ecvetledger.domain.assessment.UnitGrade;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.AppealRemedy;
import org.ecvetledger.domain.shared.LearnerId;
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
 * Appeals (DOMAIN c7, decision (j)5; S12, S13): lodged on the day the ledger receives them, within
 * the awarding body's window (a late appeal is {@code 422 appeal-window-closed}, nothing recorded);
 * upheld with a remedy or rejected, with reasoning, by that awarding body. The remedy is applied a
 * moment later by the ledger's policy (ADR 0010).
 */
@RestController
@RequestMapping(path = "/api/appeals", produces = MediaType.APPLICATION_JSON_VALUE)
class AppealController {

    private final CommandGateway commands;

    AppealController(CommandGateway commands) {
        this.commands = commands;
    }

    record AppealAnswer(String appealId, String recorded) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AppealAnswer lodge(
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody LedgerRequests.Appeal request) {
        var fields = new InvalidField.Fields();
        var lodgedBy = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var assessment = RequestValues.text(request.assessment());
        var qualificationText = RequestValues.text(request.qualification());
        var unitText = RequestValues.text(request.unit());
        AppealSubject subject = null;
        if (assessment != null && (qualificationText != null || unitText != null)) {
            fields.reject("assessment", "one-of", "an appeal is against an assessment or a recognition, not both");
        } else if (assessment != null) {
            subject = AppealSubject.assessment(AssessmentId.of(assessment));
        } else if (qualificationText == null || unitText == null) {
            fields.reject(
                    qualificationText == null ? "qualification" : "unit",
                    "required",
                    "names the recognition appealed against (qualification and unit), or give an assessment");
        } else {
            var qualification = LedgerValues.qualification(fields, "qualification", qualificationText);
            var unit = LedgerValues.unit(fields, "unit", unitText);
            if (qualification != null && unit != null) {
                subject = AppealSubject.recognition(qualification, unit);
            }
        }
        fields.throwIfAny();
        var appealId = new AppealId(TimeOrderedIdentifierFactory.next());
        commands.sendAndWait(new LodgeAppeal(
                appealId,
                new LearnerId(UUID.fromString(request.learner().strip())),
                subject,
                request.grounds(),
                lodgedBy));
        return new AppealAnswer(appealId.toString(), "AppealLodged");
    }

    @PostMapping("/{appealId}/upholding")
    @ResponseStatus(HttpStatus.CREATED)
    AppealAnswer uphold(
            @PathVariable UUID appealId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody LedgerRequests.Upholding request) {
        var fields = new InvalidField.Fields();
        var body = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var results = new ArrayList<OutcomeResult>();
        var requestedResults = RequestValues.orEmpty(request.results());
        for (int i = 0; i < requestedResults.size(); i++) {
            var result = requestedResults.get(i);
            var unit = LedgerValues.unit(fields, "results[" + i + "].unit", result.unit());
            if (unit != null) {
                results.add(new OutcomeResult(unit, result.learningOutcome().strip(), result.achieved()));
            }
        }
        var grades = new ArrayList<UnitGrade>();
        var requestedGrades = RequestValues.orEmpty(request.grades());
        for (int i = 0; i < requestedGrades.size(); i++) {
            var grade = requestedGrades.get(i);
            var unit = LedgerValues.unit(fields, "grades[" + i + "].unit", grade.unit());
            if (unit != null) {
                grades.add(new UnitGrade(unit, grade.grade()));
            }
        }
        fields.throwIfAny();
        var id = new AppealId(appealId);
        send(
                new UpholdAppeal(
                        id,
                        AppealRemedy.valueOf(request.remedy()),
                        request.reasoning(),
                        List.copyOf(results),
                        List.copyOf(grades),
                        body,
                        LedgerValues.date(request.effectiveDate())),
                id);
        return new AppealAnswer(id.toString(), "AppealUpheld");
    }

    @PostMapping("/{appealId}/rejection")
    @ResponseStatus(HttpStatus.CREATED)
    AppealAnswer reject(
            @PathVariable UUID appealId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody LedgerRequests.AppealRejection request) {
        var fields = new InvalidField.Fields();
        var body = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        fields.throwIfAny();
        var id = new AppealId(appealId);
        send(new RejectAppeal(id, request.reasoning(), body, LedgerValues.date(request.effectiveDate())), id);
        return new AppealAnswer(id.toString(), "AppealRejected");
    }

    private void send(Object command, AppealId appeal) {
        try {
            commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            throw new AppealNotFound(appeal);
        }
    }
}
