package org.ecvetledger.domain.equivalence;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.InstitutionId;

/** Declares, on behalf of a competent institution, that credit for one unit counts for another. */
public record DeclareUnitEquivalence(
        @TargetAggregateIdentifier EquivalenceId equivalenceId,
        EquivalenceTerms terms,
        InstitutionId declaredBy,
        LocalDate effectiveFrom) {

    public DeclareUnitEquivalence {
        Objects.requireNonNull(equivalenceId, "equivalenceId");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(declaredBy, "declaredBy");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }
}
