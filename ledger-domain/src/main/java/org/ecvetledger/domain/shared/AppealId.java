package org.ecvetledger.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifier of one appeal (DOMAIN c7); shared because an upheld appeal's remedy reaches assessments and pathways. */
public record AppealId(UUID value) {

    public AppealId {
        Objects.requireNonNull(value, "appeal id");
    }

    public static AppealId of(String value) {
        return new AppealId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
