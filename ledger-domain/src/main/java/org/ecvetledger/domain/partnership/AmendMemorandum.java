package org.ecvetledger.domain.partnership;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Proposes new terms for an MoU as a new version, to be signed again by every party. */
public record AmendMemorandum(
        @TargetAggregateIdentifier MemorandumId memorandumId, MemorandumTerms terms, String reason) {

    public AmendMemorandum {
        Objects.requireNonNull(memorandumId, "memorandumId");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }
}
