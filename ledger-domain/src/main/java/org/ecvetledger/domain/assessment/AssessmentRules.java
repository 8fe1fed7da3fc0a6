package org.ecvetledger.domain.assessment;

import static org.ecvetledger.domain.assessment.AssessmentRuleViolation.GRADE_OUTSIDE_SCALE;
import static org.ecvetledger.domain.assessment.AssessmentRuleViolation.GRADE_WITHOUT_RESULT;
import static org.ecvetledger.domain.assessment.AssessmentRuleViolation.LA_NOT_ACTIVE;
import static org.ecvetledger.domain.assessment.AssessmentRuleViolation.NOT_AUTHORISED;
import static org.ecvetledger.domain.assessment.AssessmentRuleViolation.OUTSIDE_LEARNING_AGREEMENT;
import static org.ecvetledger.domain.assessment.AssessmentRuleViolation.STANDARD_NOT_PUBLISHED;
import static org.ecvetledger.domain.assessment.AssessmentRuleViolation.UNIT_NOT_IN_STANDARD;
import static org.ecvetledger.domain.assessment.AssessmentRuleViolation.UNKNOWN_LEARNER;
import static org.ecvetledger.domain.assessment.AssessmentRuleViolation.UNKNOWN_LEARNING_OUTCOME;

import org.ecvetledger.domain.institution.InstitutionDirectory;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.institution.UnknownInstitution;
import org.ecvetledger.domain.learner.LearnerDirectory;
import org.ecvetledger.domain.learningagreement.LearningAgreementRegistry;
import org.ecvetledger.domain.qualification.QualificationCatalogue;
import org.ecvetledger.domain.qualification.StandardDefinition;
import org.ecvetledger.domain.unit.UnitCatalogue;

/**
 * The rules a new assessment meets before the ledger records it (R2, R5, R11, P1): a registered
 * learner and assessor, a published standard whose units and learning outcomes the results name,
 * grades on its scale, and the assessor's authority. The {@code Assessment} aggregate applies them
 * when it records; they are public so that a bulk import can learn, row by row, whether the ledger
 * would record an assessment without recording it (ADR 0019) — one statement of the rules, not two.
 */
public final class AssessmentRules {

    private AssessmentRules() {}

    /**
     * Throws the {@link AssessmentRuleViolation} (or {@link UnknownInstitution}) recording {@code content}
     * would meet; returns quietly when it would be recorded. Duplicates (S07) are not refusals and are
     * not judged here.
     */
    public static void requireRecordable(
            AssessmentContent content,
            InstitutionDirectory institutions,
            QualificationCatalogue standards,
            UnitCatalogue units,
            LearningAgreementRegistry agreements,
            LearnerDirectory learners) {
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
    }

    static void checkOutcomesAndGrades(AssessmentContent content, StandardDefinition standard, UnitCatalogue units) {
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
}
