package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;

/** Revokes the recognition of a unit, with the reason: after review, or on an upheld appeal ({@code appeal}, remedy REVERSE_DECISION). */
public record RevokeUnitRecognition(
        LearnerId learner,
        QualificationId qualification,
        UnitRef unit,
        Actor revokedBy,
        LocalDate effectiveDate,
        String reason,
        AppealId appeal) {

    public RevokeUnitRecognition {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(revokedBy, "revokedBy");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("the reason is stated");
        }
        reason = reason.strip();
    }

    @TargetAggregateIdentifier
    public String pathwayId() {
        return new PathwayId(learner, qualification).toString();
    }
}
