package org.ecvetledger.domain.partnership;

import org.ecvetledger.domain.shared.LedgerRuleViolation;

/** A refused change to a Memorandum of Understanding, named by its rule. */
public class MemorandumRuleViolation extends LedgerRuleViolation {

    static final String NOT_A_PARTY = "not-a-party";
    static final String ALREADY_SIGNED = "already-signed";
    static final String NOT_THE_CURRENT_VERSION = "not-the-current-version";
    static final String MOU_ENDED = "mou-ended";
    static final String NOT_YET_EXPIRED = "mou-not-yet-expired";
    static final String OUTSIDE_CATALOGUE = "scope-not-in-catalogue";

    private final boolean conflict;

    MemorandumRuleViolation(String rule, String message, boolean conflict) {
        super(rule, message);
        this.conflict = conflict;
    }

    @Override
    public boolean isConflict() {
        return conflict;
    }
}
