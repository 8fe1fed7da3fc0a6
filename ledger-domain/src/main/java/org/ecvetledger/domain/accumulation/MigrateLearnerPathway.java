package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;

/** Moves a learner's pathway to a newer version of its standard through that version's transition table (S28). */
public record MigrateLearnerPathway(
        LearnerId learner, QualificationRef newStandard, Actor migratedBy, LocalDate effectiveDate) {

    public MigrateLearnerPathway {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(newStandard, "newStandard");
        Objects.requireNonNull(migratedBy, "migratedBy");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }

    @TargetAggregateIdentifier
    public String pathwayId() {
        return new PathwayId(learner, newStandard.id()).toString();
    }
}
