package org.ecvetledger.domain.assessment;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.AppealId;

/**
 * Records an assessment of a learner's learning outcomes; with {@code supersedes} and {@code appeal},
 * the reassessment an upheld appeal ordered (S12).
 */
public record RecordAssessment(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        AssessmentContent content,
        AssessmentId supersedes,
        AppealId appeal) {

    public RecordAssessment {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(content, "content");
        if ((supersedes == null) != (appeal == null)) {
            throw new IllegalArgumentException("a reassessment names both the assessment it supersedes and the appeal");
        }
    }

    public RecordAssessment(AssessmentId assessmentId, AssessmentContent content) {
        this(assessmentId, content, null, null);
    }
}
