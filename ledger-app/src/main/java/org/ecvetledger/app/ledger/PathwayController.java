package org.ecvetledger.app.ledger;

import jakarta.validation.Valid;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.app.web.RequestValues;
import org.ecvetledger.domain.accumulation.AwardQualification;
import org.ecvetledger.domain.accumulation.ConfirmRecognition;
import org.ecvetledger.domain.accumulation.EvaluateAwardEligibility;
import org.ecvetledger.domain.accumulation.MigrateLearnerPathway;
import org.ecvetledger.domain.accumulation.RecognisePartOfUnit;
import org.ecvetledger.domain.accumulation.RecogniseUnit;
import org.ecvetledger.domain.accumulation.RecordFinalExamination;
import org.ecvetledger.domain.accumulation.RecordTrainingDurationReduction;
import org.ecvetledger.domain.accumulation.RejectCreditValidation;
import org.ecvetledger.domain.accumulation.RevokeQualificationAward;
import org.ecvetledger.domain.accumulation.RevokeUnitRecognition;
import org.ecvetledger.domain.accumulation.TransferCredit;
import org.ecvetledger.domain.accumulation.ValidateCredit;
import org.ecvetledger.domain.accumulation.WithdrawCreditValidation;
import org.ecvetledger.domain.equivalence.EquivalenceId;
import org.ecvetledger.domain.qualification.Eligibility;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.QualificationRef;
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
 * The decisions on a learner's pathway towards one qualification (ADR 0005): validation or its
 * refusal, recognition of a unit or of part of one, the final examination, award evaluation and
 * the award. Each names the acting institution and person (R3); the pathway decides whether they
 * may (R2) and whether the order holds (R1). A learner not enrolled in the qualification has no
 * pathway: 404.
 */
@RestController
@RequestMapping(path = "/api/learners/{learnerId}", produces = MediaType.APPLICATION_JSON_VALUE)
class PathwayController {

    private final CommandGateway commands;

    PathwayController(CommandGateway commands) {
        this.commands = commands;
    }

    /** R1, R2, S05: assessed outcomes validated against a unit of the learner's standard. */
    @PostMapping("/validations")
    @ResponseStatus(HttpStatus.CREATED)
    LedgerResponses.UnitDecision validate(
            @PathVariable UUID learnerId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody LedgerRequests.Validation request) {
        var fields = new InvalidField.Fields();
        var validator = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var qualification = LedgerValues.qualification(fields, "qualification", request.qualification());
        var unit = LedgerValues.unit(fields, "unit", request.unit());
        var outcomes = RequestValues.learningOutcomes(fields, "learningOutcomes", request.learningOutcomes());
        var basis = LedgerValues.assessments(fields, "basis", request.basis());
        fields.throwIfAny();
        var learner = new LearnerId(learnerId);
        send(
                new ValidateCredit(
                        learner,
                        qualification,
                        unit,
                        outcomes,
                        basis,
                        validator,
                        LedgerValues.date(request.effectiveDate())),
                learner,
                qualification);
        return new LedgerResponses.UnitDecision(
                learner.toString(), qualification.value(), unit.toString(), "CreditValidated");
    }

    /** S05: the competent institution refuses validation, as an official decision with its reason. */
    @PostMapping("/validation-rejections")
    @ResponseStatus(HttpStatus.CREATED)
    LedgerResponses.UnitDecision rejectValidation(
            @PathVariable UUID learnerId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody LedgerRequests.ValidationRejection request) {
        var fields = new InvalidField.Fields();
        var validator = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var qualification = LedgerValues.qualification(fields, "qualification", request.qualification());
        var unit = LedgerValues.unit(fields, "unit", request.unit());
        var outcomes = RequestValues.learningOutcomes(fields, "learningOutcomes", request.learningOutcomes());
        var basis = LedgerValues.assessments(fields, "basis", request.basis());
        fields.throwIfAny();
        var learner = new LearnerId(learnerId);
        send(
                new RejectCreditValidation(
                        learner,
                        qualification,
                        unit,
                        outcomes,
                        basis,
                        validator,
                        LedgerValues.date(request.effectiveDate()),
                        request.reason().strip()),
                learner,
                qualification);
        return new LedgerResponses.UnitDecision(
                learner.toString(), qualification.value(), unit.toString(), "CreditValidationRejected");
    }

    /** R1, R7, R9, R14: a unit whose every outcome is validated is recognised, once. */
    @PostMapping("/recognitions")
    @ResponseStatus(HttpStatus.CREATED)
    LedgerResponses.UnitDecision recognise(
            @PathVariable UUID learnerId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody LedgerRequests.Recognition request) {
        var fields = new InvalidField.Fields();
        var recogniser = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var qualification = LedgerValues.qualification(fields, "qualification", request.qualification());
        var unit = LedgerValues.unit(fields, "unit", request.unit());
        fields.throwIfAny();
        var learner = new LearnerId(learnerId);
        send(
                new RecogniseUnit(learner, qualification, unit, recogniser, LedgerValues.date(request.effectiveDate())),
                learner,
                qualification);
        return new LedgerResponses.UnitDecision(
                learner.toString(), qualification.value(), unit.toString(), "UnitRecognised");
    }

    /** R10: validated outcomes recognised as part of a unit, without points. */
    @PostMapping("/partial-recognitions")
    @ResponseStatus(HttpStatus.CREATED)
    LedgerResponses.UnitDecision recognisePart(
            @PathVariable UUID learnerId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody LedgerRequests.PartialRecognition request) {
        var fields = new InvalidField.Fields();
        var recogniser = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var qualification = LedgerValues.qualification(fields, "qualification", request.qualification());
        var unit = LedgerValues.unit(fields, "unit", request.unit());
        var outcomes = RequestValues.learningOutcomes(fields, "learningOutcomes", request.learningOutcomes());
        fields.throwIfAny();
        var learner = new LearnerId(learnerId);
        send(
                new RecognisePartOfUnit(
                        learner, qualification, unit, outcomes, recogniser, LedgerValues.date(request.effectiveDate())),
                learner,
                qualification);
        return new LedgerResponses.UnitDecision(
                learner.toString(), qualification.value(), unit.toString(), "PartialUnitCreditRecognised");
    }

    /**
     * DOMAIN c6, R8, decision (j)2: credit recognised in another qualification transferred to a
     * unit of this one under an equivalence, by a competent institution of this standard.
     */
    @PostMapping("/credit-transfers")
    @ResponseStatus(HttpStatus.CREATED)
    LedgerResponses.UnitDecision transfer(
            @PathVariable UUID learnerId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody LedgerRequests.CreditTransfer request) {
        var fields = new InvalidField.Fields();
        var decidedBy = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var qualification = LedgerValues.qualification(fields, "qualification", request.qualification());
        var unit = LedgerValues.unit(fields, "unit", request.unit());
        var sourceQualification =
                LedgerValues.qualification(fields, "sourceQualification", request.sourceQualification());
        var sourceUnit = LedgerValues.unit(fields, "sourceUnit", request.sourceUnit());
        fields.throwIfAny();
        var learner = new LearnerId(learnerId);
        send(
                new TransferCredit(
                        learner,
                        qualification,
                        unit,
                        sourceQualification,
                        sourceUnit,
                        request.equivalence() == null
                                ? null
                                : EquivalenceId.of(request.equivalence().strip()),
                        request.decisionReference(),
                        decidedBy,
                        LedgerValues.date(request.effectiveDate())),
                learner,
                qualification);
        return new LedgerResponses.UnitDecision(
                learner.toString(), qualification.value(), unit.toString(), "CreditTransferred");
    }

    /** S28: the pathway moves to a newer version of its standard through that version's transition table. */
    @PostMapping("/pathway-migrations")
    @ResponseStatus(HttpStatus.CREATED)
    LedgerResponses.PathwayDecision migrate(
            @PathVariable UUID learnerId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody LedgerRequests.PathwayMigration request) {
        var fields = new InvalidField.Fields();
        var migratedBy = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var qualification = LedgerValues.qualification(fields, "qualification", request.qualification());
        fields.throwIfAny();
        var learner = new LearnerId(learnerId);
        send(
                new MigrateLearnerPathway(
                        learner,
                        new QualificationRef(qualification, request.version()),
                        migratedBy,
                        LedgerValues.date(request.effectiveDate())),
                learner,
                qualification);
        return new LedgerResponses.PathwayDecision(learner.toString(), qualification.value(), "LearnerPathwayMigrated");
    }

    /**
     * S25, ADR 0024: the competent body (award function) shortens the learner's training on the prior credit
     * the pathway holds, within the rule set's {@code TrainingDurationReduction} policy.
     */
    @PostMapping("/training-duration-reductions")
    @ResponseStatus(HttpStatus.CREATED)
    LedgerResponses.PathwayDecision reduceTrainingDuration(
            @PathVariable UUID learnerId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody LedgerRequests.TrainingDurationReduction request) {
        var fields = new InvalidField.Fields();
        var decidedBy = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var qualification = LedgerValues.qualification(fields, "qualification", request.qualification());
        fields.throwIfAny();
        var learner = new LearnerId(learnerId);
        send(
                new RecordTrainingDurationReduction(
                        learner,
                        qualification,
                        request.months(),
                        request.decisionReference(),
                        request.legalBasis(),
                        decidedBy,
                        LedgerValues.date(request.effectiveDate())),
                learner,
                qualification);
        return new LedgerResponses.PathwayDecision(
                learner.toString(), qualification.value(), "TrainingDurationReductionRecorded");
    }

    /** R17: the final examination, recorded by its organiser (an institution holding the assess function). */
    @PostMapping("/final-examinations")
    @ResponseStatus(HttpStatus.CREATED)
    LedgerResponses.PathwayDecision recordFinalExamination(
            @PathVariable UUID learnerId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody LedgerRequests.FinalExamination request) {
        var fields = new InvalidField.Fields();
        var organiser = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var qualification = LedgerValues.qualification(fields, "qualification", request.qualification());
        fields.throwIfAny();
        var learner = new LearnerId(learnerId);
        send(
                new RecordFinalExamination(
                        learner,
                        qualification,
                        organiser,
                        LedgerValues.date(request.examinedOn()),
                        request.passed(),
                        request.grade()),
                learner,
                qualification);
        return new LedgerResponses.PathwayDecision(
                learner.toString(), qualification.value(), "FinalExaminationRecorded");
    }

    /**
     * DOMAIN c5 step 2: the recognised units against the standard's award rule set, with the rule
     * trace; recorded as {@code AwardEligibilityEvaluated} and answered at once.
     */
    @PostMapping("/award-evaluations")
    LedgerResponses.Evaluation evaluate(
            @PathVariable UUID learnerId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody LedgerRequests.AwardEvaluation request) {
        var fields = new InvalidField.Fields();
        // the evaluation is no decision and its event names nobody; the headers are still required,
        // so every write of the learner ledger says who asked (and issue 10 can check who may)
        ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var qualification = LedgerValues.qualification(fields, "qualification", request.qualification());
        fields.throwIfAny();
        var learner = new LearnerId(learnerId);
        var evaluatedOn = LedgerValues.date(request.evaluatedOn());
        Eligibility eligibility =
                send(new EvaluateAwardEligibility(learner, qualification, evaluatedOn), learner, qualification);
        return LedgerResponses.Evaluation.of(learner.toString(), qualification.value(), evaluatedOn, eligibility);
    }

    /** R3, R12, R15, R17: the awarding body awards the qualification, only when the rule set is satisfied. */
    @PostMapping("/awards")
    @ResponseStatus(HttpStatus.CREATED)
    LedgerResponses.PathwayDecision award(
            @PathVariable UUID learnerId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody LedgerRequests.Award request) {
        var fields = new InvalidField.Fields();
        Actor awardingBody = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var qualification = LedgerValues.qualification(fields, "qualification", request.qualification());
        fields.throwIfAny();
        var learner = new LearnerId(learnerId);
        send(
                new AwardQualification(
                        learner,
                        qualification,
                        awardingBody,
                        LedgerValues.date(request.effectiveDate()),
                        RequestValues.text(request.legalBasis())),
                learner,
                qualification);
        return new LedgerResponses.PathwayDecision(learner.toString(), qualification.value(), "QualificationAwarded");
    }

    /** S10: the body that took a decision flagged for review confirms it; no unit means the award. */
    @PostMapping("/review-confirmations")
    @ResponseStatus(HttpStatus.CREATED)
    LedgerResponses.UnitDecision confirm(
            @PathVariable UUID learnerId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody LedgerRequests.ReviewConfirmation request) {
        var fields = new InvalidField.Fields();
        var body = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var qualification = LedgerValues.qualification(fields, "qualification", request.qualification());
        var unitText = RequestValues.text(request.unit());
        var unit = unitText == null ? null : LedgerValues.unit(fields, "unit", unitText);
        fields.throwIfAny();
        var learner = new LearnerId(learnerId);
        send(
                new ConfirmRecognition(
                        learner,
                        qualification,
                        unit,
                        body,
                        LedgerValues.date(request.effectiveDate()),
                        RequestValues.text(request.note())),
                learner,
                qualification);
        return new LedgerResponses.UnitDecision(
                learner.toString(),
                qualification.value(),
                unit == null ? null : unit.toString(),
                "RecognitionConfirmed");
    }

    /** S10: a recognition revoked with its reason (after review); an award counting it is flagged for review. */
    @PostMapping("/recognition-revocations")
    @ResponseStatus(HttpStatus.CREATED)
    LedgerResponses.UnitDecision revokeRecognition(
            @PathVariable UUID learnerId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody LedgerRequests.UnitRevocation request) {
        var fields = new InvalidField.Fields();
        var recogniser = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var qualification = LedgerValues.qualification(fields, "qualification", request.qualification());
        var unit = LedgerValues.unit(fields, "unit", request.unit());
        fields.throwIfAny();
        var learner = new LearnerId(learnerId);
        send(
                new RevokeUnitRecognition(
                        learner,
                        qualification,
                        unit,
                        recogniser,
                        LedgerValues.date(request.effectiveDate()),
                        request.reason().strip(),
                        null),
                learner,
                qualification);
        return new LedgerResponses.UnitDecision(
                learner.toString(), qualification.value(), unit.toString(), "UnitRecognitionRevoked");
    }

    /** S10: validated credit of a unit not recognised is withdrawn with its reason (after review). */
    @PostMapping("/validation-withdrawals")
    @ResponseStatus(HttpStatus.CREATED)
    LedgerResponses.UnitDecision withdrawValidation(
            @PathVariable UUID learnerId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody LedgerRequests.UnitRevocation request) {
        var fields = new InvalidField.Fields();
        var validator = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var qualification = LedgerValues.qualification(fields, "qualification", request.qualification());
        var unit = LedgerValues.unit(fields, "unit", request.unit());
        fields.throwIfAny();
        var learner = new LearnerId(learnerId);
        send(
                new WithdrawCreditValidation(
                        learner,
                        qualification,
                        unit,
                        validator,
                        LedgerValues.date(request.effectiveDate()),
                        request.reason().strip()),
                learner,
                qualification);
        return new LedgerResponses.UnitDecision(
                learner.toString(), qualification.value(), unit.toString(), "CreditValidationWithdrawn");
    }

    /** S10: the awarding body revokes the award with its reason (after review). */
    @PostMapping("/award-revocations")
    @ResponseStatus(HttpStatus.CREATED)
    LedgerResponses.PathwayDecision revokeAward(
            @PathVariable UUID learnerId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody LedgerRequests.AwardRevocation request) {
        var fields = new InvalidField.Fields();
        var awardingBody = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var qualification = LedgerValues.qualification(fields, "qualification", request.qualification());
        fields.throwIfAny();
        var learner = new LearnerId(learnerId);
        send(
                new RevokeQualificationAward(
                        learner,
                        qualification,
                        awardingBody,
                        LedgerValues.date(request.effectiveDate()),
                        request.reason().strip()),
                learner,
                qualification);
        return new LedgerResponses.PathwayDecision(
                learner.toString(), qualification.value(), "QualificationAwardRevoked");
    }

    /** Sends a decision to the learner's pathway and waits for it; no pathway is a 404. */
    private <R> R send(Object command, LearnerId learner, QualificationId qualification) {
        try {
            return commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            throw new PathwayNotFound(learner, qualification);
        }
    }
}
