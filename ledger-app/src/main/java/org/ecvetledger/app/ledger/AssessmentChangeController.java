package org.ecvetledger.app.ledger;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.app.web.RequestValues;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.CorrectAssessment;
import org.ecvetledger.domain.assessment.InvalidateAssessment;
import org.ecvetledger.domain.assessment.OutcomeResult;
import org.ecvetledger.domain.assessment.UnitGrade;
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
 * Changing an assessment without rewriting it (DOMAIN c7, R24, ADR 0010): a correction states the
 * results and grades as they should have been, an invalidation withdraws the assessment; both keep
 * what was recorded, and the decisions resting on it are flagged for review or withdrawn by the
 * cascade, a moment later.
 */
@RestController
@RequestMapping(path = "/api/assessments/{assessmentId}", produces = MediaType.APPLICATION_JSON_VALUE)
class AssessmentChangeController {

    private final CommandGateway commands;

    AssessmentChangeController(CommandGateway commands) {
        this.commands = commands;
    }

    /** S09: a clerical correction by the assessing institution. */
    @PostMapping("/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    LedgerResponses.AssessmentChange correct(
            @PathVariable UUID assessmentId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody LedgerRequests.Correction request) {
        var fields = new InvalidField.Fields();
        var assessor = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var results = new ArrayList<OutcomeResult>();
        var assessed = new ArrayList<String>();
        for (int i = 0; i < request.results().size(); i++) {
            var result = request.results().get(i);
            var unit = LedgerValues.unit(fields, "results[" + i + "].unit", result.unit());
            if (unit != null) {
                results.add(new OutcomeResult(unit, result.learningOutcome().strip(), result.achieved()));
                assessed.add(unit + " " + result.learningOutcome().strip());
            }
        }
        RequestValues.rejectRepeats(fields, "results", assessed, "learning outcome");
        var grades = new ArrayList<UnitGrade>();
        var graded = new ArrayList<String>();
        var requestedGrades = RequestValues.orEmpty(request.grades());
        for (int i = 0; i < requestedGrades.size(); i++) {
            var grade = requestedGrades.get(i);
            var unit = LedgerValues.unit(fields, "grades[" + i + "].unit", grade.unit());
            if (unit != null) {
                grades.add(new UnitGrade(unit, grade.grade()));
                graded.add(unit.toString());
            }
        }
        RequestValues.rejectRepeats(fields, "grades", graded, "a grade for unit");
        fields.throwIfAny();
        var id = new AssessmentId(assessmentId);
        send(
                new CorrectAssessment(
                        id,
                        results,
                        grades,
                        request.reason(),
                        assessor,
                        LedgerValues.date(request.effectiveDate()),
                        null),
                id);
        return new LedgerResponses.AssessmentChange(id.toString(), "AssessmentCorrected");
    }

    /** S11: invalidated by its assessor, or by an institution holding the validate function for its standard. */
    @PostMapping("/invalidation")
    @ResponseStatus(HttpStatus.CREATED)
    LedgerResponses.AssessmentChange invalidate(
            @PathVariable UUID assessmentId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody LedgerRequests.Invalidation request) {
        var fields = new InvalidField.Fields();
        var actor = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        fields.throwIfAny();
        var id = new AssessmentId(assessmentId);
        send(new InvalidateAssessment(id, request.reason(), actor, LedgerValues.date(request.effectiveDate())), id);
        return new LedgerResponses.AssessmentChange(id.toString(), "AssessmentInvalidated");
    }

    private void send(Object command, AssessmentId assessment) {
        try {
            commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            throw new AssessmentNotFound(assessment);
        }
    }
}
