package org.ecvetledger.domain.learningagreement;

import org.ecvetledger.domain.shared.LedgerRuleViolation;

/** A refused change to a learning agreement, named by its rule. */
public class LearningAgreementRuleViolation extends LedgerRuleViolation {

    static final String MOU_NOT_ACTIVE = "mou-not-active";
    static final String NOT_AN_MOU_PARTY = "not-an-mou-party";
    static final String OUTSIDE_MOU_SCOPE = "outside-mou-scope";
    static final String DURATION_OUTSIDE_MOU = "duration-outside-mou";
    static final String UNKNOWN_LEARNING_OUTCOME = "unknown-learning-outcome";
    static final String NOT_THE_CURRENT_VERSION = "not-the-current-version";
    static final String ALREADY_SIGNED = "already-signed";
    static final String NOT_ACTIVE = "agreement-not-active";
    static final String AGREEMENT_ENDED = "agreement-ended";
    static final String PROPOSAL_OPEN = "change-proposal-open";
    static final String NO_SUCH_PROPOSAL = "no-open-change-proposal";
    static final String OWN_PROPOSAL = "own-change-proposal";
    static final String NOT_PLANNED = "not-planned";
    static final String NOT_HOME_OR_HOST = "not-home-or-host";

    private final boolean conflict;

    LearningAgreementRuleViolation(String rule, String message, boolean conflict) {
        super(rule, message);
        this.conflict = conflict;
    }

    @Override
    public boolean isConflict() {
        return conflict;
    }
}
