package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;

/**
 * Records the competent body's decision to shorten the learner's training on recognised prior credit (S25,
 * ADR 0024). {@code months} null asks for the most the rule set's policy allows.
 */
public record RecordTrainingDurationReduction(
        LearnerId learner,
        QualificationId qualification,
        Integer months,
        String decisionReference,
        String legalBasis,
        Actor decidedBy,
        LocalDate effectiveDate) {

    public RecordTrainingDurationReduction {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(decisionReference, "decisionReference");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        if (months != null && months < 1) {
            throw new IllegalArgumentException("a shortening is at least one month: " + months);
        }
        decisionReference = decisionReference.strip();
        legalBasis = legalBasis.strip();
    }

    @TargetAggregateIdentifier
    public String pathwayId() {
        return new PathwayId(learner, qualification).toString();
    }
}
