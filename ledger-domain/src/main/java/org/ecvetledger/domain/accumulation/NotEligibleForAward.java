package org.ecvetledger.domain.accumulation;

import java.util.List;
import org.ecvetledger.domain.qualification.Eligibility;
import org.ecvetledger.domain.shared.LedgerRuleViolation;

/** An award refused because the rule set is not satisfied (R12, R15, R17); names every failed rule. */
public class NotEligibleForAward extends LedgerRuleViolation {

    private final List<Finding> findings;

    NotEligibleForAward(PathwayId pathway, Eligibility eligibility) {
        super(
                PathwayRuleViolation.NOT_ELIGIBLE,
                "learner pathway " + pathway + " does not satisfy the award rules: "
                        + String.join(", ", eligibility.reasons()));
        this.findings = eligibility.trace().stream()
                .filter(outcome -> !outcome.satisfied())
                .map(outcome -> new Finding(outcome.rule(), outcome.explanation()))
                .toList();
    }

    @Override
    public List<Finding> findings() {
        return findings;
    }

    @Override
    public boolean isConflict() {
        return false;
    }
}
