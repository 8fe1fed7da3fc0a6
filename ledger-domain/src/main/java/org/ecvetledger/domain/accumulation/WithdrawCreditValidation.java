package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;

/** Withdraws the validated credit of a unit not (or no longer) recognised, with the reason; after review. */
public record WithdrawCreditValidation(
        LearnerId learner,
        QualificationId qualification,
        UnitRef unit,
        Actor withdrawnBy,
        LocalDate effectiveDate,
        String reason) {

    public WithdrawCreditValidation {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(withdrawnBy, "withdrawnBy");
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
