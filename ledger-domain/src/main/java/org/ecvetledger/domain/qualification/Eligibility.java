package org.ecvetledger.domain.qualification;

import java.util.List;

/**
 * The outcome of award evaluation with its rule trace: which rules hold, which fail and why, so a
 * learner can read what is missing ("points are enough but mandatory unit M1 is missing").
 */
public record Eligibility(boolean eligible, List<RuleOutcome> trace) {

    public Eligibility {
        trace = List.copyOf(trace);
    }

    /** Every reason code of every failed rule, e.g. {@code MISSING_MANDATORY:M1}. */
    public List<String> reasons() {
        return trace.stream()
                .filter(o -> !o.satisfied())
                .flatMap(o -> o.reasons().stream())
                .toList();
    }

    /**
     * How one rule fared.
     *
     * @param rule        the rule's name, e.g. {@code AllMandatoryUnits}
     * @param satisfied   whether it holds
     * @param reasons     machine-readable codes of why it fails (empty when satisfied)
     * @param explanation one plain-language sentence, for people
     */
    public record RuleOutcome(String rule, boolean satisfied, List<String> reasons, String explanation) {
        public RuleOutcome {
            reasons = List.copyOf(reasons);
        }
    }
}
