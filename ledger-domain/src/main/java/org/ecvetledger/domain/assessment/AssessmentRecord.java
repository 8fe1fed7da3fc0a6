package org.ecvetledger.domain.assessment;

import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.AppealRemedy;

/**
 * An assessment as decisions on credit see it, with its corrections applied: a flagged duplicate is
 * no credit, nor is an invalidated assessment (R25). An upheld appeal against it is named with its
 * remedy, so a reassessment or a correction on appeal can show it was ordered.
 *
 * @param upheldAppeal the appeal upheld against this assessment, or null
 * @param appealRemedy that appeal's remedy, or null
 * @param supersededBy the reassessment that superseded it on appeal, or null
 */
public record AssessmentRecord(
        AssessmentId assessmentId,
        AssessmentContent content,
        boolean flaggedAsDuplicate,
        boolean invalidated,
        AppealId upheldAppeal,
        AppealRemedy appealRemedy,
        AssessmentId supersededBy) {

    public AssessmentRecord(AssessmentId assessmentId, AssessmentContent content, boolean flaggedAsDuplicate) {
        this(assessmentId, content, flaggedAsDuplicate, false, null, null, null);
    }

    /** Whether validations may rest on it. */
    public boolean isCredit() {
        return !flaggedAsDuplicate && !invalidated;
    }

    /** Whether an appeal upheld against it ordered this remedy. */
    public boolean appealOrdered(AppealId appeal, AppealRemedy remedy) {
        return appeal != null && appeal.equals(upheldAppeal) && remedy == appealRemedy;
    }
}
