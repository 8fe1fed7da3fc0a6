package org.ecvetledger.domain.appeal;

import org.ecvetledger.domain.shared.LedgerRuleViolation;

/** A refused request about an appeal, named by its rule. */
public class AppealRuleViolation extends LedgerRuleViolation {

    static final String UNKNOWN_SUBJECT = "unknown-subject";
    static final String NOT_AUTHORISED = "not-authorised";
    static final String ALREADY_DECIDED = "appeal-decided";
    static final String REMEDY_NOT_APPLICABLE = "remedy-not-applicable";
    static final String CORRECTION_MISSING = "correction-missing";
    static final String STANDARD_NOT_PUBLISHED = "standard-not-published";
    static final String SUBJECT_WITHDRAWN = "subject-withdrawn";

    private final boolean conflict;

    AppealRuleViolation(String rule, String message, boolean conflict) {
        super(rule, message);
        this.conflict = conflict;
    }

    @Override
    public boolean isConflict() {
        return conflict;
    }
}
