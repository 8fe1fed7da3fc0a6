package org.ecvetledger.domain.equivalence;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a unit equivalence, stable across its versions. */
public record EquivalenceId(UUID value) {

    public EquivalenceId {
        Objects.requireNonNull(value, "equivalence id");
    }

    public static EquivalenceId of(String value) {
        return new EquivalenceId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
