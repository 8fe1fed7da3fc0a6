package org.ecvetledger.domain.unit;

import org.ecvetledger.domain.shared.LedgerRuleViolation;

/** A new version needs its previous version in the catalogue. */
public class PreviousVersionMissing extends LedgerRuleViolation {

    public PreviousVersionMissing(Object version, Object previous) {
        super("previous-version-missing", version + " revises " + previous + ", which the catalogue does not hold");
    }

    @Override
    public boolean isConflict() {
        return false;
    }
}
