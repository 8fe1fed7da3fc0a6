package org.ecvetledger.projections.learner;

import java.util.Objects;
import org.ecvetledger.domain.shared.LearnerId;

/** Asks for the learner view of one learner; answered with an empty result when none is known. */
public record FindLearner(LearnerId learnerId) {

    public FindLearner {
        Objects.requireNonNull(learnerId, "learnerId");
    }
}
