package org.ecvetledger.projections.catalogue;

import java.util.Objects;
import org.ecvetledger.domain.equivalence.EquivalenceId;

/** Asks for one unit equivalence with its version history; empty when unknown. */
public record GetEquivalence(EquivalenceId equivalenceId) {

    public GetEquivalence {
        Objects.requireNonNull(equivalenceId, "equivalenceId");
    }
}
