package org.ecvetledger.domain.institution;

import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LedgerRuleViolation;

/** The institution already holds exactly this function grant. */
public class FunctionAlreadyGranted extends LedgerRuleViolation {

    public FunctionAlreadyGranted(InstitutionId institution, FunctionGrant grant) {
        super(
                "function-already-granted",
                institution + " already holds " + grant.function() + " for "
                        + (grant.standard() == null ? "every standard" : grant.standard()) + " in "
                        + grant.jurisdiction());
    }
}
