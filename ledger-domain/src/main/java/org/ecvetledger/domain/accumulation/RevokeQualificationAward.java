package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;

/** Revokes the award of the qualification, with the reason, on behalf of an awarding body; after review. */
public record RevokeQualificationAward(
        LearnerId learner, QualificationId qualification, Actor revokedBy, LocalDate effectiveDate, String reason) {

    public RevokeQualificationAward {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(qualification, "qualification");
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
