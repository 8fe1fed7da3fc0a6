package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * A recognition some credit of this pathway was transferred from was revoked for a cause other than an
 * invalidated assessment — its body's revocation after review, an upheld appeal reversing it: the
 * transferred unit goes to the body that decided the transfer for review (R25, ADR 0016 amendment).
 * Sent by a policy for every other pathway of the learner; where nothing was transferred from that
 * recognition nothing is recorded.
 *
 * @param sourceRevocation the identifier of the source's {@code UnitRecognitionRevoked} event
 */
public record RequireReviewOfTransferredCredit(
        LearnerId learner,
        QualificationId qualification,
        QualificationId sourceQualification,
        UnitRef sourceUnit,
        String sourceRevocation,
        AppealId appeal,
        Actor revokedBy,
        LocalDate effectiveDate,
        String reason) {

    public RequireReviewOfTransferredCredit {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(sourceQualification, "sourceQualification");
        Objects.requireNonNull(sourceUnit, "sourceUnit");
        Objects.requireNonNull(sourceRevocation, "sourceRevocation");
        Objects.requireNonNull(revokedBy, "revokedBy");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(reason, "reason");
    }

    @TargetAggregateIdentifier
    public String pathwayId() {
        return new PathwayId(learner, qualification).toString();
    }
}
