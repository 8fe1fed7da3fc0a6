package org.ecvetledger.domain.qualification;

import org.ecvetledger.domain.shared.LedgerRuleViolation;

/** A refused change to a draft standard, named by its rule. */
public class CatalogueRuleViolation extends LedgerRuleViolation {

    private final boolean conflict;

    private CatalogueRuleViolation(String rule, String message, boolean conflict) {
        super(rule, message);
        this.conflict = conflict;
    }

    /** The request contradicts a rule whatever the ledger holds (answered 422). */
    static CatalogueRuleViolation invalid(String rule, String message) {
        return new CatalogueRuleViolation(rule, message, false);
    }

    /** The request collides with what the ledger already holds (answered 409). */
    static CatalogueRuleViolation conflict(String rule, String message) {
        return new CatalogueRuleViolation(rule, message, true);
    }

    @Override
    public boolean isConflict() {
        return conflict;
    }
}
