package org.ecvetledger.domain.credential;

import org.ecvetledger.domain.shared.LedgerRuleViolation;

/** A refused issue or revocation of a credential, named by its rule. */
public class CredentialRuleViolation extends LedgerRuleViolation {

    static final String NOT_THE_AWARDING_BODY = "issuer-not-awarding-body";
    static final String ALREADY_REVOKED = "credential-already-revoked";
    static final String NOT_THE_ISSUER = "not-the-issuer";
    static final String SUPERSEDING_CREDENTIAL_MISSING = "superseding-credential-missing";

    private final boolean conflict;

    CredentialRuleViolation(String rule, String message, boolean conflict) {
        super(rule, message);
        this.conflict = conflict;
    }

    @Override
    public boolean isConflict() {
        return conflict;
    }
}
