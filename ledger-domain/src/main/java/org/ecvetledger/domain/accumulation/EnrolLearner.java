package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;

/** Enrols a learner in a version of a qualification standard, on behalf of an institution by one of its people. */
public record EnrolLearner(LearnerId learner, QualificationRef standard, Actor enrolledBy, LocalDate enrolledOn) {

    public EnrolLearner {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(enrolledBy, "enrolledBy");
        Objects.requireNonNull(enrolledOn, "enrolledOn");
    }

    public PathwayId pathway() {
        return new PathwayId(learner, standard.id());
    }

    @TargetAggregateIdentifier
    public String pathwayId() {
        return pathway().toString();
    }
}
