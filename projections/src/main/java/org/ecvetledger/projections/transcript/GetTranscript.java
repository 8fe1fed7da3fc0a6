package org.ecvetledger.projections.transcript;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.ecvetledger.domain.shared.LearnerId;

/** Asks for a learner's personal transcript; {@code asOf} and {@code knownAt} may be null (no limit). */
public record GetTranscript(LearnerId learner, LocalDate asOf, Instant knownAt) {

    public GetTranscript {
        Objects.requireNonNull(learner, "learner");
    }
}
