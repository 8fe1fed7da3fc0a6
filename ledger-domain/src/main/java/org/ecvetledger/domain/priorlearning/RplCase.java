package org.ecvetledger.domain.priorlearning;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.ecvetledger.domain.assessment.AssessmentRecords;
import org.ecvetledger.domain.assessment.LearningSetting;
import org.ecvetledger.domain.institution.InstitutionDirectory;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.learner.LearnerDirectory;
import org.ecvetledger.domain.qualification.AttachedUnit;
import org.ecvetledger.domain.qualification.QualificationCatalogue;
import org.ecvetledger.domain.qualification.StandardDefinition;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.domain.unit.UnitCatalogue;

/**
 * A recognition-of-prior-learning case (DOMAIN c4): opened by a competent institution for target
 * units of a standard, it collects evidence, compares each target learning outcome with the
 * non-formal and informal assessments of the learner, and issues the training plan for the gap.
 * Credit itself is validated and recognised on the learner's pathway like any other (R22); the
 * case takes no decision on credit, so the final examination rule (R17) stays the pathway's.
 */
class RplCase {

    @AggregateIdentifier
    private RplCaseId caseId;

    private LearnerId learner;
    private QualificationRef standard;
    private final List<UnitRef> targetUnits = new ArrayList<>();
    private InstitutionId competentInstitution;
    private boolean evidenceSubmitted;
    private List<String> missing;
    private boolean planIssued;

    RplCase() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    RplCase(
            OpenRplCase command,
            LearnerDirectory learners,
            QualificationCatalogue standards,
            InstitutionDirectory institutions) {
        if (!learners.isRegistered(command.learner())) {
            throw violation(RplRuleViolation.UNKNOWN_LEARNER, "no learner " + command.learner() + " is registered");
        }
        var definition = standards
                .definition(command.standard())
                .orElseThrow(() -> violation(
                        RplRuleViolation.STANDARD_NOT_PUBLISHED,
                        "the catalogue holds no published standard " + command.standard()));
        requireValidator(institutions, command.competentInstitution(), definition);
        for (var unit : command.targetUnits()) {
            if (definition.rules().unit(unit).isEmpty()) {
                throw violation(
                        RplRuleViolation.UNIT_NOT_IN_STANDARD, unit + " is not a unit of " + command.standard());
            }
        }
        var targets = command.targetUnits().isEmpty()
                ? definition.rules().units().stream().map(AttachedUnit::unit).toList()
                : command.targetUnits();
        apply(new RPLCaseOpened(
                command.caseId(),
                command.learner(),
                command.standard(),
                targets,
                command.competentInstitution(),
                command.entryPoint() == null || command.entryPoint().isBlank()
                        ? null
                        : command.entryPoint().strip(),
                command.openedOn()));
    }

    @CommandHandler
    void handle(SubmitEvidence command) {
        requireCaseInstitution(command.receivedBy());
        if (command.items().isEmpty()) {
            throw violation(RplRuleViolation.EVIDENCE_MISSING, "evidence lists at least one document");
        }
        apply(new EvidenceSubmitted(caseId, command.items(), command.receivedBy(), command.submittedOn()));
    }

    /** Each outcome on its own (c4 step 3): met when a non-formal or informal assessment achieved it. */
    @CommandHandler
    void handle(CompleteGapAnalysis command, AssessmentRecords assessments, UnitCatalogue units) {
        requireCaseInstitution(command.analysedBy());
        if (!evidenceSubmitted) {
            throw violation(RplRuleViolation.EVIDENCE_MISSING, "the gap analysis rests on submitted evidence");
        }
        if (command.basis().isEmpty()) {
            throw violation(RplRuleViolation.ASSESSMENT_MISSING, "a gap analysis rests on at least one assessment");
        }
        var achieved = new HashSet<String>();
        for (var id : command.basis()) {
            var assessment = assessments
                    .find(id)
                    .filter(a -> a.isCredit())
                    .filter(a -> a.content().learner().equals(learner))
                    .orElseThrow(() -> violation(
                            RplRuleViolation.ASSESSMENT_MISSING,
                            "assessment " + id + " of this learner is not recorded (or is not credit)"));
            if (assessment.content().setting() == LearningSetting.FORMAL) {
                throw violation(
                        RplRuleViolation.NOT_PRIOR_LEARNING,
                        "assessment " + id + " assesses formal learning; a case weighs non-formal and informal"
                                + " learning");
            }
            assessment.content().results().stream()
                    .filter(r -> r.achieved())
                    .forEach(r -> achieved.add(r.unit() + "/" + r.learningOutcome()));
        }
        var met = new ArrayList<String>();
        var gap = new ArrayList<String>();
        for (var unit : targetUnits) {
            var outcomes = units.find(unit).map(u -> u.learningOutcomeIds()).orElse(List.of());
            for (var outcome : outcomes) {
                var key = unit + "/" + outcome;
                (achieved.contains(key) ? met : gap).add(key);
            }
        }
        apply(new GapAnalysisCompleted(
                caseId,
                met.stream().sorted().toList(),
                gap.stream().sorted().toList(),
                command.basis(),
                command.analysedBy(),
                command.completedOn()));
    }

    @CommandHandler
    void handle(IssueIndividualTrainingPlan command) {
        requireCaseInstitution(command.issuedBy());
        if (missing == null) {
            throw violation(RplRuleViolation.GAP_ANALYSIS_MISSING, "a training plan follows the gap analysis");
        }
        if (planIssued) {
            throw new RplRuleViolation(
                    RplRuleViolation.PLAN_ALREADY_ISSUED, "the case's training plan is already issued", true);
        }
        if (missing.isEmpty()) {
            throw violation(
                    RplRuleViolation.NOTHING_MISSING,
                    "the gap analysis found every target outcome met: there is nothing to train for");
        }
        apply(new IndividualTrainingPlanIssued(
                caseId, command.planReference(), missing, command.issuedBy(), command.issuedOn()));
    }

    private void requireCaseInstitution(Actor actor) {
        if (!actor.institution().equals(competentInstitution)) {
            throw violation(
                    RplRuleViolation.NOT_AUTHORISED,
                    actor.institution() + " is not the competent institution of this case (" + competentInstitution
                            + ")");
        }
    }

    /** R2: the case is opened by an institution that may validate credit for the standard in its jurisdiction. */
    private static void requireValidator(
            InstitutionDirectory institutions, Actor actor, StandardDefinition definition) {
        if (!institutions.holds(
                actor.institution(),
                InstitutionFunction.VALIDATE,
                definition.standard().id(),
                definition.profile().jurisdiction())) {
            throw violation(
                    RplRuleViolation.NOT_AUTHORISED,
                    actor.institution() + " does not hold the validate function for "
                            + definition.standard().id() + " in "
                            + definition.profile().jurisdiction());
        }
    }

    private static RplRuleViolation violation(String rule, String message) {
        return new RplRuleViolation(rule, message, false);
    }

    @EventSourcingHandler
    void on(RPLCaseOpened event) {
        caseId = event.caseId();
        learner = event.learner();
        standard = event.standard();
        targetUnits.addAll(event.targetUnits());
        competentInstitution = event.competentInstitution().institution();
    }

    @EventSourcingHandler
    void on(EvidenceSubmitted event) {
        evidenceSubmitted = true;
    }

    @EventSourcingHandler
    void on(GapAnalysisCompleted event) {
        missing = List.copyOf(event.missingOutcomes());
    }

    @EventSourcingHandler
    void on(IndividualTrainingPlanIssued event) {
        planIssued = true;
    }
}
