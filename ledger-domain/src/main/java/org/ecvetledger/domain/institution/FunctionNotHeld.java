package org.ecvetledger.domain.institution;

import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LedgerRuleViolation;

/** The institution does not hold the function grant to withdraw. */
public class FunctionNotHeld extends LedgerRuleViolation {

    public FunctionNotHeld(InstitutionId institution, FunctionGrant grant) {
        super(
                "function-not-held",
                institution + " does not hold " + grant.function() + " for "
                        + (grant.standard() == null ? "every standard" : grant.standard()) + " in "
                        + grant.jurisdiction());
    }
}
