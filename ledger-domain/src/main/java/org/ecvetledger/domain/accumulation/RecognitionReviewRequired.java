package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AppealId;
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
 * @param sourceRevocation the event identifier of the {@code UnitRecognitionRevoked} of the source
 *     recognition a transferred unit rests on (a body's revocation after review, an appeal reversing
 *     it), or null for any other cause (revision 2, ADR 0016 amendment; a revision-1 payload reads null)
 * @param appeal the upheld appeal that reversed that source recognition, or null
 */
@MessageName("RecognitionReviewRequired")
@Revision("2")
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
        LocalDate effectiveDate,
        String sourceRevocation,
        AppealId appeal)
        implements PathwayEvent {

    /** A review raised by a correction or by a revoked recognition of this pathway: no source revocation. */
    public RecognitionReviewRequired(
            PathwayId pathway,
            QualificationRef standard,
            ReviewedDecision decision,
            UnitRef unit,
            AssessmentId assessment,
            int correction,
            InstitutionId reviewBody,
            Actor raisedBy,
            String reason,
            LocalDate effectiveDate) {
        this(
                pathway,
                standard,
                decision,
                unit,
                assessment,
                correction,
                reviewBody,
                raisedBy,
                reason,
                effectiveDate,
                null,
                null);
    }
}
