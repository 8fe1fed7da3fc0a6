package org.ecvetledger.domain.qualification;

import java.util.List;
import java.util.Objects;

/** The rules a learner's recognised units must satisfy for the qualification to be awarded. */
public record AwardRuleSet(List<AwardRule> rules) {

    public AwardRuleSet {
        Objects.requireNonNull(rules, "rules");
        rules = List.copyOf(rules);
    }

    public <R extends AwardRule> List<R> all(Class<R> kind) {
        return rules.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    public boolean has(Class<? extends AwardRule> kind) {
        return rules.stream().anyMatch(kind::isInstance);
    }
}
