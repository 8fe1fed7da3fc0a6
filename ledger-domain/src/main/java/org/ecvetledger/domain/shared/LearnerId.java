package org.ecvetledger.domain.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * Pseudonymous identifier of a learner. It carries no personal data, so it may appear in every
 * event and survives erasure of the learner's personal data (decision (j)6).
 */
public record LearnerId(UUID value) {

    public LearnerId {
        Objects.requireNonNull(value, "learner id must not be null");
    }

    public static LearnerId of(String value) {
        return new LearnerId(UUID.fromString(value));
    }

    /** The aggregate identifier as stored in the event store: the plain UUID text. */
    @Override
    public String toString() {
        return value.toString();
    }
}
