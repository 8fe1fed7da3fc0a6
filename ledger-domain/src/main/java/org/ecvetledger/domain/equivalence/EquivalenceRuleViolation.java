package org.ecvetledger.domain.equivalence;

import org.ecvetledger.domain.shared.LedgerRuleViolation;

/** A refused equivalence, named by its rule. */
public class EquivalenceRuleViolation extends LedgerRuleViolation {

    static final String UNKNOWN_UNIT = "unknown-unit";
    static final String UNKNOWN_LEARNING_OUTCOME = "unknown-learning-outcome";
    static final String EQUIVALENCE_WITHDRAWN = "equivalence-withdrawn";

    private final boolean conflict;

    EquivalenceRuleViolation(String rule, String message, boolean conflict) {
        super(rule, message);
        this.conflict = conflict;
    }

    @Override
    public boolean isConflict() {
        return conflict;
    }
}
