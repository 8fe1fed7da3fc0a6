package org.ecvetledger.domain.qualification;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.QualificationRef;

/** Defines the award rule set of a draft standard. */
public record DefineAwardRules(QualificationRef standard, AwardRuleSet rules) {

    public DefineAwardRules {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(rules, "rules");
    }

    @TargetAggregateIdentifier
    public String standardId() {
        return standard.toString();
    }
}
