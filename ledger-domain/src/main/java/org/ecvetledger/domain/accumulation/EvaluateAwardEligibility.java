package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;

/** Evaluates the learner's recognised units against the standard's award rule set, on a date. */
public record EvaluateAwardEligibility(LearnerId learner, QualificationId qualification, LocalDate evaluatedOn) {

    public EvaluateAwardEligibility {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(evaluatedOn, "evaluatedOn");
    }

    @TargetAggregateIdentifier
    public String pathwayId() {
        return new PathwayId(learner, qualification).toString();
    }
}
