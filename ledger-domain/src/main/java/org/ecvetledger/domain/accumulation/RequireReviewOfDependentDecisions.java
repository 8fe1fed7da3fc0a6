package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;

/** Flags for review every decision of the pathway resting on a corrected assessment (R25); sent by the cascade policy. */
public record RequireReviewOfDependentDecisions(
        LearnerId learner,
        QualificationId qualification,
        AssessmentId assessment,
        int correction,
        String reason,
        Actor correctedBy,
        LocalDate effectiveDate) {

    public RequireReviewOfDependentDecisions {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(correctedBy, "correctedBy");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("the reason is stated");
        }
        reason = reason.strip();
    }

    @TargetAggregateIdentifier
    public String pathwayId() {
        return new PathwayId(learner, qualification).toString();
    }
}
