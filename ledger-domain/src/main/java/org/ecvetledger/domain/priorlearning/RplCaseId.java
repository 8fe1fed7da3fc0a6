package org.ecvetledger.domain.priorlearning;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a recognition-of-prior-learning case. */
public record RplCaseId(UUID value) {

    public RplCaseId {
        Objects.requireNonNull(value, "RPL case id");
    }

    public static RplCaseId of(String value) {
        return new RplCaseId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
