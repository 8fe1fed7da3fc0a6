package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * A decision on the pathway rests on something that changed (R25): an assessment behind it was
 * corrected, or — for the award — a recognition it counts was revoked. The decision stands, unchanged,
 * until {@code reviewBody}, the institution that took it, confirms or revokes it; meanwhile the unit
 * is not recognised and the qualification not awarded on it. Nothing is rewritten silently.
 *
 * @param unit the unit, or null when the award is to be reviewed
 * @param assessment the corrected assessment, or null when a revoked recognition is the cause
 * @param correction which correction of that assessment (its {@code AssessmentCorrected.correction}), or 0
 * @param raisedBy who changed what the decision rests on: the correcting assessor, or the revoking body
 */
@MessageName("RecognitionReviewRequired")
@Revision("1")
public record RecognitionReviewRequired(
        PathwayId pathway,
        QualificationRef standard,
        ReviewedDecision decision,
        UnitRef unit,
        AssessmentId assessment,
        int correction,
        InstitutionId reviewBody,
        Actor raisedBy,
        String reason,
        LocalDate effectiveDate)
        implements PathwayEvent {}
