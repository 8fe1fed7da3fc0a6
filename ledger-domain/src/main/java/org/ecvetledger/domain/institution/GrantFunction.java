package org.ecvetledger.domain.institution;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.InstitutionId;

/** Grants an institution a competent-institution function, from a date on. */
public record GrantFunction(
        @TargetAggregateIdentifier InstitutionId institutionId, FunctionGrant grant, LocalDate effectiveFrom) {

    public GrantFunction {
        Objects.requireNonNull(institutionId, "institutionId");
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }
}
