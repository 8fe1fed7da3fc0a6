package org.ecvetledger.domain.accumulation;

import org.ecvetledger.domain.shared.LedgerRuleViolation;

/** A refused decision on a learner's pathway, named by its rule. */
public class PathwayRuleViolation extends LedgerRuleViolation {

    static final String UNKNOWN_LEARNER = "unknown-learner";
    static final String STANDARD_NOT_PUBLISHED = "standard-not-published";

    private final boolean conflict;

    PathwayRuleViolation(String rule, String message, boolean conflict) {
        super(rule, message);
        this.conflict = conflict;
    }

    @Override
    public boolean isConflict() {
        return conflict;
    }
}
