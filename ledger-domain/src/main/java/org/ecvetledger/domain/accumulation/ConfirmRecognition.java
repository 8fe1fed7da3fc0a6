package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;

/** Confirms, after review, a decision flagged for review: the unit's validation or recognition, or the award when no unit is named. */
public record ConfirmRecognition(
        LearnerId learner,
        QualificationId qualification,
        UnitRef unit,
        Actor confirmedBy,
        LocalDate effectiveDate,
        String note) {

    public ConfirmRecognition {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(confirmedBy, "confirmedBy");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        note = note == null || note.isBlank() ? null : note.strip();
    }

    @TargetAggregateIdentifier
    public String pathwayId() {
        return new PathwayId(learner, qualification).toString();
    }
}
