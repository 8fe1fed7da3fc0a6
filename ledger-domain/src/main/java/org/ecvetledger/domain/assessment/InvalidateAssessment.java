package org.ecvetledger.domain.assessment;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;

/** Invalidates an assessment (fraud, an assessor without authority), with the reason. */
public record InvalidateAssessment(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        String reason,
        Actor invalidatedBy,
        LocalDate effectiveDate) {

    public InvalidateAssessment {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(invalidatedBy, "invalidatedBy");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an invalidation gives its reason");
        }
        reason = reason.strip();
    }
}
