package org.ecvetledger.domain.equivalence;

import java.util.Objects;

/** An equivalence as a transfer decision sees it: its current version and terms, and whether it was withdrawn. */
public record EquivalenceRecord(EquivalenceId equivalenceId, int version, EquivalenceTerms terms, boolean withdrawn) {

    public EquivalenceRecord {
        Objects.requireNonNull(equivalenceId, "equivalence id");
        Objects.requireNonNull(terms, "terms");
    }
}
