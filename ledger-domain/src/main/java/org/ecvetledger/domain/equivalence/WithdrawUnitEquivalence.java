package org.ecvetledger.domain.equivalence;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.InstitutionId;

/** Withdraws an equivalence from a date on, with the reason. */
public record WithdrawUnitEquivalence(
        @TargetAggregateIdentifier EquivalenceId equivalenceId,
        InstitutionId withdrawnBy,
        LocalDate effectiveFrom,
        String reason) {

    public WithdrawUnitEquivalence {
        Objects.requireNonNull(equivalenceId, "equivalenceId");
        Objects.requireNonNull(withdrawnBy, "withdrawnBy");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }
}
