package org.ecvetledger.domain.assessment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.ecvetledger.domain.assessment.AssessmentRuleViolation.GRADE_OUTSIDE_SCALE;
import static org.ecvetledger.domain.assessment.AssessmentRuleViolation.GRADE_WITHOUT_RESULT;
import static org.ecvetledger.domain.assessment.AssessmentRuleViolation.LA_NOT_ACTIVE;
import static org.ecvetledger.domain.assessment.AssessmentRuleViolation.NOT_AUTHORISED;
import static org.ecvetledger.domain.assessment.AssessmentRuleViolation.OUTSIDE_LEARNING_AGREEMENT;
import static org.ecvetledger.domain.assessment.AssessmentRuleViolation.STANDARD_NOT_PUBLISHED;
import static org.ecvetledger.domain.assessment.AssessmentRuleViolation.UNIT_NOT_IN_STANDARD;
import static org.ecvetledger.domain.assessment.AssessmentRuleViolation.UNKNOWN_LEARNER;
import static org.ecvetledger.domain.assessment.AssessmentRuleViolation.UNKNOWN_LEARNING_OUTCOME;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.ecvetledger.domain.institution.InstitutionDirectory;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.institution.UnknownInstitution;
import org.ecvetledger.domain.learner.LearnerDirectory;
import org.ecvetledger.domain.learningagreement.LearningAgreementRegistry;
import org.ecvetledger.domain.qualification.QualificationCatalogue;
import org.ecvetledger.domain.qualification.StandardDefinition;
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
        if (!learners.isRegistered(content.learner())) {
            throw new AssessmentRuleViolation(
                    UNKNOWN_LEARNER, "no learner " + content.learner() + " is registered", false);
        }
        var assessor = content.assessor().institution();
        if (!institutions.isRegistered(assessor)) {
            throw new UnknownInstitution(assessor);
        }
        var standard = standards
                .definition(content.standard())
                .orElseThrow(() -> new AssessmentRuleViolation(
                        STANDARD_NOT_PUBLISHED,
                        "the catalogue holds no published standard " + content.standard(),
                        false));
        checkOutcomesAndGrades(content, standard, units);
        checkAuthority(content, standard, institutions, agreements);
        var duplicate = assessments.sameContentAs(content);
        if (duplicate.isPresent()) {
            apply(new PossibleDuplicateAssessmentFlagged(command.assessmentId(), content, duplicate.get()));
        } else {
            apply(new AssessmentRecorded(command.assessmentId(), content));
        }
    }

    private static void checkOutcomesAndGrades(
            AssessmentContent content, StandardDefinition standard, UnitCatalogue units) {
        for (var result : content.results()) {
            if (standard.rules().unit(result.unit()).isEmpty()) {
                throw new AssessmentRuleViolation(
                        UNIT_NOT_IN_STANDARD, result.unit() + " is not a unit of " + content.standard(), false);
            }
            var outcomes =
                    units.find(result.unit()).map(u -> u.learningOutcomeIds()).orElse(java.util.List.of());
            if (!outcomes.contains(result.learningOutcome())) {
                throw new AssessmentRuleViolation(
                        UNKNOWN_LEARNING_OUTCOME,
                        result.unit() + " has no learning outcome " + result.learningOutcome(),
                        false);
            }
        }
        var scale = standard.rules().gradingScale();
        for (var grade : content.grades()) {
            if (!content.units().contains(grade.unit())) {
                throw new AssessmentRuleViolation(
                        GRADE_WITHOUT_RESULT,
                        "a grade is given for " + grade.unit() + " but none of its outcomes is assessed",
                        false);
            }
            if (scale != null && !scale.contains(grade.grade())) {
                throw new AssessmentRuleViolation(
                        GRADE_OUTSIDE_SCALE,
                        "grade " + grade.grade().toPlainString() + " lies outside "
                                + scale.minimum().toPlainString() + "–"
                                + scale.maximum().toPlainString(),
                        false);
            }
        }
    }

    /** R2, R5, P1. */
    private static void checkAuthority(
            AssessmentContent content,
            StandardDefinition standard,
            InstitutionDirectory institutions,
            LearningAgreementRegistry agreements) {
        var assessor = content.assessor().institution();
        if (content.agreement() == null) {
            if (!institutions.holds(
                    assessor,
                    InstitutionFunction.ASSESS,
                    content.standard().id(),
                    standard.profile().jurisdiction())) {
                throw new AssessmentRuleViolation(
                        NOT_AUTHORISED,
                        assessor + " does not hold the assess function for "
                                + content.standard().id() + " in "
                                + standard.profile().jurisdiction(),
                        false);
            }
            return;
        }
        var agreement = agreements
                .find(content.agreement())
                .filter(a -> a.learner().equals(content.learner()))
                .filter(a -> a.isInForceOn(content.assessedOn()))
                .orElseThrow(() -> new AssessmentRuleViolation(
                        LA_NOT_ACTIVE,
                        "learning agreement " + content.agreement() + " of this learner was not in force on "
                                + content.assessedOn(),
                        true));
        var terms = agreement.termsInForce();
        if (assessor.equals(terms.host())) {
            for (var result : content.results()) {
                if (!terms.lists(result.unit(), result.learningOutcome())) {
                    throw new AssessmentRuleViolation(
                            OUTSIDE_LEARNING_AGREEMENT,
                            "the learning agreement does not list " + result.unit() + " " + result.learningOutcome()
                                    + " for the host to assess",
                            false);
                }
            }
        } else if (!assessor.equals(terms.home())) {
            throw new AssessmentRuleViolation(
                    NOT_AUTHORISED,
                    assessor + " is neither home nor host of learning agreement " + content.agreement(),
                    false);
        }
    }

    @EventSourcingHandler
    void on(AssessmentRecorded event) {
        assessmentId = event.assessmentId();
    }

    @EventSourcingHandler
    void on(PossibleDuplicateAssessmentFlagged event) {
        assessmentId = event.assessmentId();
    }
}
