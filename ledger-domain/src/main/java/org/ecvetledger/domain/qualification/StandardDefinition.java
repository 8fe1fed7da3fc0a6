package org.ecvetledger.domain.qualification;

import java.util.Objects;
import org.ecvetledger.domain.shared.QualificationRef;

/** A published standard version as decisions on a learner's credit need it: its profile and its rules. */
public record StandardDefinition(QualificationRef standard, QualificationProfile profile, QualificationRules rules) {

    public StandardDefinition {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(rules, "rules");
    }
}
