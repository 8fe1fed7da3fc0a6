package org.ecvetledger.domain.qualification;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.QualificationRef;

/** Replaces the profile of a draft standard. */
public record AmendQualificationProfile(QualificationRef standard, QualificationProfile profile) {

    public AmendQualificationProfile {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(profile, "profile");
    }

    @TargetAggregateIdentifier
    public String standardId() {
        return standard.toString();
    }
}
