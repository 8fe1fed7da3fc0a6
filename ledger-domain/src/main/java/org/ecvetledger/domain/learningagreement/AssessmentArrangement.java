package org.ecvetledger.domain.learningagreement;

import java.util.Objects;
import org.ecvetledger.domain.shared.InstitutionId;

/** Who assesses, how and when ([REC] LA template: "assessment arrangements"). */
public record AssessmentArrangement(InstitutionId assessor, String method, String when) {

    public AssessmentArrangement {
        Objects.requireNonNull(assessor, "assessor");
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("an assessment arrangement says how the learner is assessed");
        }
    }
}
