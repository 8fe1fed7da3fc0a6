package org.ecvetledger.domain.unit;

import org.ecvetledger.domain.shared.LedgerRuleViolation;

/** A published version cannot change; a change needs a new version (issue 3, DOMAIN c1). */
public class PublishedVersionIsFrozen extends LedgerRuleViolation {

    public PublishedVersionIsFrozen(Object version) {
        super("published-version-is-frozen", version + " is published and can no longer change; draft a new version");
    }
}
