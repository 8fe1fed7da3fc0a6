package org.ecvetledger.domain.assessment;

import org.ecvetledger.domain.shared.LedgerRuleViolation;

/** A refused assessment, named by its rule. */
public class AssessmentRuleViolation extends LedgerRuleViolation {

    static final String NOT_AUTHORISED = "not-authorised";
    static final String UNKNOWN_LEARNER = "unknown-learner";
    static final String LA_NOT_ACTIVE = "la-not-active";
    static final String OUTSIDE_LEARNING_AGREEMENT = "outside-learning-agreement";
    static final String STANDARD_NOT_PUBLISHED = "standard-not-published";
    static final String UNIT_NOT_IN_STANDARD = "unit-not-in-standard";
    static final String UNKNOWN_LEARNING_OUTCOME = "unknown-learning-outcome";
    static final String GRADE_OUTSIDE_SCALE = "grade-outside-scale";
    static final String GRADE_WITHOUT_RESULT = "grade-without-result";
    static final String ASSESSMENT_INVALIDATED = "assessment-invalidated";
    static final String NOTHING_CORRECTED = "nothing-corrected";
    static final String REASSESSMENT_NOT_ORDERED = "reassessment-not-ordered";
    static final String ALREADY_SUPERSEDED = "already-superseded";

    private final boolean conflict;

    AssessmentRuleViolation(String rule, String message, boolean conflict) {
        super(rule, message);
        this.conflict = conflict;
    }

    @Override
    public boolean isConflict() {
        return conflict;
    }
}
