package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * The recognition a common-core unit was counted from was revoked in its own qualification: the
 * pathway stops counting it, with the same cause (ADR 0016). Sent by the common-core policy.
 */
public record StopCountingCommonCoreUnit(
        LearnerId learner,
        QualificationId qualification,
        QualificationId sourceQualification,
        UnitRef unit,
        AssessmentId invalidatedAssessment,
        AppealId appeal,
        Actor revokedBy,
        LocalDate effectiveDate,
        String reason) {

    public StopCountingCommonCoreUnit {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(sourceQualification, "sourceQualification");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(revokedBy, "revokedBy");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(reason, "reason");
    }

    @TargetAggregateIdentifier
    public String pathwayId() {
        return new PathwayId(learner, qualification).toString();
    }
}
