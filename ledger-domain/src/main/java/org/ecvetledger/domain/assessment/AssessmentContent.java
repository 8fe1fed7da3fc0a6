package org.ecvetledger.domain.assessment;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.ecvetledger.domain.learningagreement.LearningAgreementId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AssessmentMethod;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * What an assessment establishes (DOMAIN c3 step 5, R11, R31): learning-outcome results, possibly of
 * several units; grades; who assessed, how, where the learning happened, under which learning
 * agreement, on what evidence and criteria, on which day.
 *
 * @param standard  the qualification standard version the assessment is for (whose units it assesses)
 * @param agreement the learning agreement of a mobility, or null
 * @param criteriaReference the agreed assessment criteria (R31), or null
 */
public record AssessmentContent(
        LearnerId learner,
        QualificationRef standard,
        Actor assessor,
        AssessmentMethod method,
        LearningSetting setting,
        LocalDate assessedOn,
        List<OutcomeResult> results,
        List<UnitGrade> grades,
        String gradingScheme,
        LearningAgreementId agreement,
        List<Evidence> evidence,
        String criteriaReference) {

    public AssessmentContent {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(assessor, "assessor");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(assessedOn, "assessedOn");
        if (results == null || results.isEmpty()) {
            throw new IllegalArgumentException("an assessment records at least one learning-outcome result");
        }
        var seen = new HashSet<String>();
        for (var result : results) {
            if (!seen.add(result.unit() + "/" + result.learningOutcome())) {
                throw new IllegalArgumentException(
                        result.unit() + " " + result.learningOutcome() + " is assessed twice");
            }
        }
        results = List.copyOf(results);
        grades = grades == null ? List.of() : List.copyOf(grades);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** The same assessment with corrected results and grades (a clerical correction, DOMAIN c7). */
    public AssessmentContent withResults(List<OutcomeResult> correctedResults, List<UnitGrade> correctedGrades) {
        return new AssessmentContent(
                learner,
                standard,
                assessor,
                method,
                setting,
                assessedOn,
                correctedResults,
                correctedGrades,
                gradingScheme,
                agreement,
                evidence,
                criteriaReference);
    }

    public List<UnitRef> units() {
        return results.stream().map(OutcomeResult::unit).distinct().toList();
    }
}
