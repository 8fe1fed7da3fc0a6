package org.ecvetledger.domain.shared;

/**
 * A command refused by a rule of the ledger (DOMAIN.md (d)). Each rule has its own subclass naming
 * the rule, so the API can map it once to an RFC 9457 problem document.
 */
public abstract class LedgerRuleViolation extends RuntimeException {

    private final String rule;

    protected LedgerRuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** The rule identifier, e.g. {@code R4} or a short name such as {@code learner-already-registered}. */
    public String rule() {
        return rule;
    }

    /** Whether the refusal is about the current state of the ledger (a conflict) rather than the request itself. */
    public boolean isConflict() {
        return true;
    }

    /** The request field the refusal is about, when it is about one (e.g. {@code unit}); else null. */
    public String field() {
        return null;
    }

    /** Every finding behind the refusal when there are several (e.g. all inconsistencies of a standard). */
    public java.util.List<Finding> findings() {
        return java.util.List.of();
    }

    /** One reason for a refusal: the rule it breaks and a sentence for people. */
    public record Finding(String rule, String message) {}
}
