package org.ecvetledger.projections.workqueue;

import java.util.List;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * One unit of one learner awaiting a decision: for validation, one assessment and the outcomes it
 * found achieved; for recognition, the outcomes validated so far and the assessments they rest on.
 */
public record QueueItemView(
        LearnerId learner,
        QualificationId qualification,
        UnitRef unit,
        List<String> learningOutcomes,
        List<QueuedAssessmentView> assessments) {

    public QueueItemView {
        learningOutcomes = List.copyOf(learningOutcomes);
        assessments = List.copyOf(assessments);
    }
}
