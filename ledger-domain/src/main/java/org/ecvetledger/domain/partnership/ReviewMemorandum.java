package org.ecvetledger.domain.partnership;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a review of an MoU and its outcome. */
public record ReviewMemorandum(
        @TargetAggregateIdentifier MemorandumId memorandumId, LocalDate reviewedOn, String outcome) {

    public ReviewMemorandum {
        Objects.requireNonNull(memorandumId, "memorandumId");
        Objects.requireNonNull(reviewedOn, "reviewedOn");
        Objects.requireNonNull(outcome, "outcome");
        if (outcome.isBlank()) {
            throw new IllegalArgumentException("outcome must not be blank");
        }
    }
}
