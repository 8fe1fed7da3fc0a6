package org.ecvetledger.domain.partnership;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a Memorandum of Understanding, stable across its versions. */
public record MemorandumId(UUID value) {

    public MemorandumId {
        Objects.requireNonNull(value, "memorandum id");
    }

    public static MemorandumId of(String value) {
        return new MemorandumId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
