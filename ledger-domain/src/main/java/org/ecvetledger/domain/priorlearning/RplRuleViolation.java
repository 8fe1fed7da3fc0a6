package org.ecvetledger.domain.priorlearning;

import org.ecvetledger.domain.shared.LedgerRuleViolation;

/** A refused step of a recognition-of-prior-learning case, named by its rule. */
public class RplRuleViolation extends LedgerRuleViolation {

    static final String UNKNOWN_LEARNER = "unknown-learner";
    static final String STANDARD_NOT_PUBLISHED = "standard-not-published";
    static final String UNIT_NOT_IN_STANDARD = "lo-not-in-home-standard";
    static final String NOT_AUTHORISED = "not-authorised";
    static final String EVIDENCE_MISSING = "evidence-missing";
    static final String ASSESSMENT_MISSING = "assessment-missing";
    static final String NOT_PRIOR_LEARNING = "not-prior-learning";
    static final String GAP_ANALYSIS_MISSING = "gap-analysis-missing";
    static final String NOTHING_MISSING = "nothing-missing";
    static final String PLAN_ALREADY_ISSUED = "plan-already-issued";

    private final boolean conflict;

    RplRuleViolation(String rule, String message, boolean conflict) {
        super(rule, message);
        this.conflict = conflict;
    }

    @Override
    public boolean isConflict() {
        return conflict;
    }
}
