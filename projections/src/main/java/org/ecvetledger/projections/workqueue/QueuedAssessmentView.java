package org.ecvetledger.projections.workqueue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.Evidence;
import org.ecvetledger.domain.learningagreement.LearningAgreementId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.QualificationRef;

/**
 * An assessment behind a queued credit: who assessed, when, under which learning agreement (null
 * outside a mobility), on what evidence, and the unit's grade with its scheme (null when ungraded).
 */
public record QueuedAssessmentView(
        AssessmentId assessmentId,
        QualificationRef standard,
        Actor assessor,
        LocalDate assessedOn,
        LearningAgreementId agreement,
        List<Evidence> evidence,
        BigDecimal grade,
        String gradingScheme) {

    public QueuedAssessmentView {
        evidence = List.copyOf(evidence);
    }
}
