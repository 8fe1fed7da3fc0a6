package org.ecvetledger.projections.transcript;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.ecvetledger.domain.shared.LearnerId;

/** Asks for the audit trail of everything concerning a learner, with the MoUs their learning agreements run under. */
public record GetLearnerTrail(LearnerId learner, LocalDate asOf, Instant knownAt) {

    public GetLearnerTrail {
        Objects.requireNonNull(learner, "learner");
    }
}
