package org.ecvetledger.domain.institution;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.InstitutionId;

/** Withdraws a function from an institution, with the reason. */
public record WithdrawFunction(
        @TargetAggregateIdentifier InstitutionId institutionId,
        FunctionGrant grant,
        LocalDate effectiveFrom,
        String reason) {

    public WithdrawFunction {
        Objects.requireNonNull(institutionId, "institutionId");
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }
}
