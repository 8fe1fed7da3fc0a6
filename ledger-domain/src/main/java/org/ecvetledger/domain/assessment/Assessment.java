package org.ecvetledger.domain.assessment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.ecvetledger.domain.assessment.AssessmentRuleViolation.ALREADY_SUPERSEDED;
import static org.ecvetledger.domain.assessment.AssessmentRuleViolation.ASSESSMENT_INVALIDATED;
import static org.ecvetledger.domain.assessment.AssessmentRuleViolation.NOTHING_CORRECTED;
import static org.ecvetledger.domain.assessment.AssessmentRuleViolation.NOT_AUTHORISED;
import static org.ecvetledger.domain.assessment.AssessmentRuleViolation.REASSESSMENT_NOT_ORDERED;
import static org.ecvetledger.domain.assessment.AssessmentRuleViolation.STANDARD_NOT_PUBLISHED;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.ecvetledger.domain.institution.InstitutionDirectory;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.learner.LearnerDirectory;
import org.ecvetledger.domain.learningagreement.LearningAgreementRegistry;
import org.ecvetledger.domain.qualification.QualificationCatalogue;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.AppealRemedy;
import org.ecvetledger.domain.unit.UnitCatalogue;

/**
 * "Methods and processes used to establish the extent to which a learner has in fact attained
 * particular knowledge, skills and competence" ([REC] Annex I(f)): one assessment, which may cover
 * learning outcomes of several units (R11). Only an institution holding the assess function, or the
 * home or host of a learning agreement in force — the host only for the outcomes the agreement
 * lists (R5) — may record one (R2).
 */
class Assessment {

    @AggregateIdentifier
    private AssessmentId assessmentId;

    /** The content as corrected so far; a correction is checked against it and states what it replaces. */
    private AssessmentContent content;

    private int corrections;
    private boolean invalidated;
    /** Appeals whose correction is already applied: the remedy's policy may deliver it twice. */
    private final Set<AppealId> appealsApplied = new HashSet<>();

    Assessment() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    Assessment(
            RecordAssessment command,
            InstitutionDirectory institutions,
            QualificationCatalogue standards,
            UnitCatalogue units,
            LearningAgreementRegistry agreements,
            AssessmentRecords assessments,
            LearnerDirectory learners) {
        var content = command.content();
        AssessmentRules.requireRecordable(content, institutions, standards, units, agreements, learners);
        if (command.supersedes() != null) {
            checkReassessmentOrdered(command, assessments);
            apply(new AssessmentRecorded(command.assessmentId(), content));
            apply(new ReassessmentRecorded(
                    command.assessmentId(),
                    command.supersedes(),
                    command.appeal(),
                    content.assessor(),
                    content.assessedOn()));
            return;
        }
        var duplicate = assessments.sameContentAs(content);
        if (duplicate.isPresent()) {
            apply(new PossibleDuplicateAssessmentFlagged(command.assessmentId(), content, duplicate.get()));
        } else {
            apply(new AssessmentRecorded(command.assessmentId(), content));
        }
    }

    /** S12: only an appeal upheld against the earlier assessment with remedy REASSESS orders a reassessment, once. */
    private static void checkReassessmentOrdered(RecordAssessment command, AssessmentRecords assessments) {
        var earlier = assessments
                .find(command.supersedes())
                .filter(a -> a.content().learner().equals(command.content().learner()))
                .filter(a -> a.appealOrdered(command.appeal(), AppealRemedy.REASSESS))
                .orElseThrow(() -> new AssessmentRuleViolation(
                        REASSESSMENT_NOT_ORDERED,
                        "no appeal " + command.appeal() + " upheld against assessment " + command.supersedes()
                                + " of this learner orders a reassessment",
                        false));
        if (earlier.supersededBy() != null) {
            throw new AssessmentRuleViolation(
                    ALREADY_SUPERSEDED,
                    "assessment " + command.supersedes() + " is already superseded by " + earlier.supersededBy(),
                    true);
        }
    }

    /**
     * DOMAIN c7: a clerical correction of results or grades, by the assessing institution — or by the
     * appeal body when an upheld appeal ordered it. The corrected results are checked as a new
     * assessment's would be; the previous ones stay on the event.
     */
    @CommandHandler
    void handle(
            CorrectAssessment command,
            QualificationCatalogue standards,
            UnitCatalogue units,
            AssessmentRecords assessments) {
        if (command.appeal() != null && appealsApplied.contains(command.appeal())) {
            return; // the remedy was applied already: a redelivered command changes nothing
        }
        if (command.appeal() != null && invalidated) {
            // invalidated between the upholding, which checks it is not, and this remedy: nothing rests
            // on it any more, and a refusal here would fail the cascade that applies the remedy for ever
            return;
        }
        requireNotInvalidated();
        if (command.appeal() == null) {
            if (!command.correctedBy().institution().equals(content.assessor().institution())) {
                throw new AssessmentRuleViolation(
                        NOT_AUTHORISED,
                        command.correctedBy().institution() + " did not record assessment " + assessmentId
                                + "; only its assessor " + content.assessor().institution() + " corrects it",
                        false);
            }
        } else if (assessments
                .find(assessmentId)
                .filter(a -> a.appealOrdered(command.appeal(), AppealRemedy.CORRECT_RESULT))
                .isEmpty()) {
            throw new AssessmentRuleViolation(
                    NOT_AUTHORISED,
                    "appeal " + command.appeal() + " did not order a correction of assessment " + assessmentId,
                    false);
        }
        var corrected = content.withResults(command.results(), command.grades());
        var standard = standards
                .definition(content.standard())
                .orElseThrow(() -> new AssessmentRuleViolation(
                        STANDARD_NOT_PUBLISHED,
                        "the catalogue holds no published standard " + content.standard(),
                        false));
        AssessmentRules.checkOutcomesAndGrades(corrected, standard, units);
        if (Set.copyOf(corrected.results()).equals(Set.copyOf(content.results()))
                && Set.copyOf(corrected.grades()).equals(Set.copyOf(content.grades()))) {
            throw new AssessmentRuleViolation(
                    NOTHING_CORRECTED, "the corrected results and grades are those already recorded", false);
        }
        apply(new AssessmentCorrected(
                assessmentId,
                content.learner(),
                corrections + 1,
                content.results(),
                content.grades(),
                corrected.results(),
                corrected.grades(),
                command.reason(),
                command.correctedBy(),
                command.correctedOn(),
                command.appeal()));
    }

    /**
     * DOMAIN c7, R25: invalidated by its assessing institution, or by an institution holding the
     * validate function for its standard (the competent institution that relies on it).
     */
    @CommandHandler
    void handle(InvalidateAssessment command, QualificationCatalogue standards, InstitutionDirectory institutions) {
        requireNotInvalidated();
        var by = command.invalidatedBy().institution();
        if (!by.equals(content.assessor().institution())) {
            var standard = standards.definition(content.standard());
            if (standard.isEmpty()
                    || !institutions.holds(
                            by,
                            InstitutionFunction.VALIDATE,
                            content.standard().id(),
                            standard.get().profile().jurisdiction())) {
                throw new AssessmentRuleViolation(
                        NOT_AUTHORISED,
                        by + " neither recorded assessment " + assessmentId + " nor holds the validate function for "
                                + content.standard().id(),
                        false);
            }
        }
        apply(new AssessmentInvalidated(
                assessmentId, content.learner(), command.reason(), command.invalidatedBy(), command.effectiveDate()));
    }

    private void requireNotInvalidated() {
        if (invalidated) {
            throw new AssessmentRuleViolation(
                    ASSESSMENT_INVALIDATED, "assessment " + assessmentId + " is invalidated", true);
        }
    }

    @EventSourcingHandler
    void on(AssessmentRecorded event) {
        assessmentId = event.assessmentId();
        content = event.content();
    }

    @EventSourcingHandler
    void on(PossibleDuplicateAssessmentFlagged event) {
        assessmentId = event.assessmentId();
        content = event.content();
    }

    @EventSourcingHandler
    void on(AssessmentCorrected event) {
        content = content.withResults(event.results(), event.grades());
        corrections = event.correction();
        if (event.appeal() != null) {
            appealsApplied.add(event.appeal());
        }
    }

    @EventSourcingHandler
    void on(AssessmentInvalidated event) {
        invalidated = true;
    }
}
