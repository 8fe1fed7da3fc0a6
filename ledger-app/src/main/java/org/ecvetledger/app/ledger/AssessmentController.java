package org.ecvetledger.app.ledger;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.app.eventstore.TimeOrderedIdentifierFactory;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.app.web.RequestValues;
import org.ecvetledger.domain.assessment.AssessmentContent;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.Evidence;
import org.ecvetledger.domain.assessment.LearningSetting;
import org.ecvetledger.domain.assessment.OutcomeResult;
import org.ecvetledger.domain.assessment.RecordAssessment;
import org.ecvetledger.domain.assessment.UnitGrade;
import org.ecvetledger.domain.learningagreement.LearningAgreementId;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.AssessmentMethod;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assessments of a learner's learning outcomes (DOMAIN c3 step 5, c4 step 3): recorded by the
 * acting institution as assessor — one holding the assess function, or the home or host of a
 * learning agreement in force (R2, R5). The ledger generates the assessment's id.
 */
@RestController
@RequestMapping(path = "/api/learners/{learnerId}", produces = MediaType.APPLICATION_JSON_VALUE)
class AssessmentController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    AssessmentController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /**
     * 201 when recorded; 202 when the same content was recorded before (S07, R26): the submission is
     * kept for human review as a possible duplicate and is no credit, so nothing is created that a
     * validation could use.
     */
    @PostMapping("/assessments")
    ResponseEntity<LedgerResponses.AssessmentRecorded> record(
            @PathVariable UUID learnerId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody LedgerRequests.Assessment request) {
        var fields = new InvalidField.Fields();
        var assessor = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var standard = fields.check(
                "standard",
                () -> QualificationRef.of(
                        request.standard().id().strip(), request.standard().version()));
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
        var evidence = new ArrayList<Evidence>();
        var documents = RequestValues.orEmpty(request.evidence());
        for (int i = 0; i < documents.size(); i++) {
            var document = documents.get(i);
            var item = fields.check(
                    "evidence[" + i + "]",
                    () -> new Evidence(document.documentId().strip(), document.sha256()));
            if (item != null) {
                evidence.add(item);
            }
        }
        RequestValues.rejectRepeats(
                fields,
                "evidence",
                documents.stream().map(LedgerRequests.Evidence::documentId).toList(),
                "document");
        var agreementText = RequestValues.text(request.learningAgreement());
        var agreement = agreementText == null ? null : LearningAgreementId.of(agreementText);
        // S12: a reassessment ordered on appeal names both the assessment it supersedes and the appeal
        var supersedesText = RequestValues.text(request.supersedes());
        var appealText = RequestValues.text(request.appeal());
        if (supersedesText != null && appealText == null) {
            fields.reject("appeal", "required", "names the upheld appeal that ordered this reassessment");
        }
        if (appealText != null && supersedesText == null) {
            fields.reject("supersedes", "required", "names the assessment the appeal was against");
        }
        fields.throwIfAny();

        var content = InvalidField.check(
                "results",
                () -> new AssessmentContent(
                        new LearnerId(learnerId),
                        standard,
                        assessor,
                        AssessmentMethod.valueOf(request.method()),
                        LearningSetting.valueOf(request.setting()),
                        LedgerValues.date(request.assessedOn()),
                        results,
                        grades,
                        RequestValues.text(request.gradingScheme()),
                        agreement,
                        evidence,
                        RequestValues.text(request.criteriaReference())));
        var assessmentId = new AssessmentId(TimeOrderedIdentifierFactory.next());
        commands.sendAndWait(new RecordAssessment(
                assessmentId,
                content,
                supersedesText == null ? null : AssessmentId.of(supersedesText),
                appealText == null ? null : AppealId.of(appealText)));

        var standing = queries.query(
                        new GetAssessmentStanding(assessmentId),
                        ResponseTypes.optionalInstanceOf(AssessmentStanding.class))
                .join();
        var location = URI.create("/api/learners/" + learnerId + "/assessments/" + assessmentId);
        if (standing.isPresent() && standing.get().flaggedAsPossibleDuplicate()) {
            var original = standing.get().duplicateOf();
            return ResponseEntity.status(HttpStatus.ACCEPTED)
                    .location(location)
                    .body(new LedgerResponses.AssessmentRecorded(
                            assessmentId.toString(),
                            LedgerResponses.FLAGGED,
                            original == null ? null : original.toString()));
        }
        return ResponseEntity.created(location)
                .body(new LedgerResponses.AssessmentRecorded(assessmentId.toString(), LedgerResponses.RECORDED, null));
    }
}
