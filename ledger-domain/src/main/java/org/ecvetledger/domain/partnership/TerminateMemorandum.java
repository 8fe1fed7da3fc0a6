package org.ecvetledger.domain.partnership;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.InstitutionId;

/** Ends an MoU early on behalf of one party, with the reason. */
public record TerminateMemorandum(
        @TargetAggregateIdentifier MemorandumId memorandumId,
        InstitutionId terminatedBy,
        LocalDate effectiveOn,
        String reason) {

    public TerminateMemorandum {
        Objects.requireNonNull(memorandumId, "memorandumId");
        Objects.requireNonNull(terminatedBy, "terminatedBy");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }
}
