package org.ecvetledger.domain.assessment;

import java.util.Objects;
import java.util.UUID;

/** Identifier of one assessment. */
public record AssessmentId(UUID value) {

    public AssessmentId {
        Objects.requireNonNull(value, "assessment id");
    }

    public static AssessmentId of(String value) {
        return new AssessmentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
