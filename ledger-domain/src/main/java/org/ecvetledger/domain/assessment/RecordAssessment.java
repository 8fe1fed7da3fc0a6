package org.ecvetledger.domain.assessment;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records an assessment of a learner's learning outcomes. */
public record RecordAssessment(@TargetAggregateIdentifier AssessmentId assessmentId, AssessmentContent content) {

    public RecordAssessment {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(content, "content");
    }
}
