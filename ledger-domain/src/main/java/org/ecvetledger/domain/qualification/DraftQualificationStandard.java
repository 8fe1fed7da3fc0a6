package org.ecvetledger.domain.qualification;

import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.QualificationRef;

/** Drafts a version of a qualification standard; a version after the first brings its transition table. */
public record DraftQualificationStandard(
        QualificationRef standard, QualificationProfile profile, List<UnitTransition> transitionFromPrevious) {

    public DraftQualificationStandard {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(profile, "profile");
        transitionFromPrevious = transitionFromPrevious == null ? List.of() : List.copyOf(transitionFromPrevious);
    }

    @TargetAggregateIdentifier
    public String standardId() {
        return standard.toString();
    }
}
