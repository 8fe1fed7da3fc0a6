package org.ecvetledger.app.credential;

import org.ecvetledger.domain.shared.LedgerRuleViolation;

/** R7: a credential states recognised or awarded learning; a selection with none of it has nothing to seal. */
class NothingToIssue extends LedgerRuleViolation {

    NothingToIssue(String message) {
        super("nothing-to-issue", message);
    }

    @Override
    public boolean isConflict() {
        return false;
    }
}
