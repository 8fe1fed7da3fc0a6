package org.ecvetledger.domain.catalogue;

import java.util.Arrays;
import org.axonframework.test.matchers.Matchers;
import org.ecvetledger.domain.shared.LedgerRuleViolation;
import org.hamcrest.Matcher;

/** Matches a refusal by the rule it names (and, for a refusal with several findings, by all of them). */
public final class RuleViolations {

    private RuleViolations() {}

    public static Matcher<Object> violates(String rule) {
        return Matchers.matches(e ->
                e instanceof LedgerRuleViolation violation && violation.rule().equals(rule));
    }

    public static Matcher<Object> findings(String... rules) {
        return Matchers.matches(e -> e instanceof LedgerRuleViolation violation
                && violation.findings().stream()
                        .map(LedgerRuleViolation.Finding::rule)
                        .toList()
                        .equals(Arrays.asList(rules)));
    }
}
