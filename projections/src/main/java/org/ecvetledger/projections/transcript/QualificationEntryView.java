package org.ecvetledger.projections.transcript;

import java.time.LocalDate;
import java.util.List;

/**
 * A qualification the learner is enrolled in, on the transcript: the standard version, its
 * jurisdiction and credit framework, the enrolment, final examinations, the latest award eligibility
 * evaluation, the awards (ACTIVE, UNDER_REVIEW or REVOKED, each with its review and revocation
 * events) and the status history of every credential stating the award or a unit of it.
 * {@code trainingDurationReduction} is the shortening of the training the competent body decided on
 * the learner's prior credit (S25, ADR 0024), or null.
 */
public record QualificationEntryView(
        String qualification,
        String standard,
        String jurisdiction,
        String framework,
        String enrolledBy,
        LocalDate enrolledOn,
        String enrolmentEvent,
        List<ExaminationView> finalExaminations,
        Boolean lastEvaluationEligible,
        String lastEvaluationEvent,
        List<AwardView> awards,
        List<CredentialView> credentials,
        TrainingDurationReductionView trainingDurationReduction) {}
