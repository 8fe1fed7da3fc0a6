package org.ecvetledger.projections.learner;

import java.util.Objects;
import org.ecvetledger.domain.shared.LearnerId;

/** Asks for every qualification a learner is enrolled in. */
public record FindEnrolments(LearnerId learnerId) {

    public FindEnrolments {
        Objects.requireNonNull(learnerId, "learnerId");
    }
}
