package org.ecvetledger.domain.institution;

import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LedgerRuleViolation;

/** A command names an institution the catalogue does not know. */
public class UnknownInstitution extends LedgerRuleViolation {

    public UnknownInstitution(InstitutionId institution) {
        super("unknown-institution", "no institution " + institution + " is registered");
    }

    @Override
    public boolean isConflict() {
        return false;
    }
}
