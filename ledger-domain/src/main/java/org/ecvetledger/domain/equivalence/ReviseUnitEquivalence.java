package org.ecvetledger.domain.equivalence;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.InstitutionId;

/** Replaces the terms of an equivalence with a new version. */
public record ReviseUnitEquivalence(
        @TargetAggregateIdentifier EquivalenceId equivalenceId,
        EquivalenceTerms terms,
        InstitutionId declaredBy,
        LocalDate effectiveFrom) {

    public ReviseUnitEquivalence {
        Objects.requireNonNull(equivalenceId, "equivalenceId");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(declaredBy, "declaredBy");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }
}
