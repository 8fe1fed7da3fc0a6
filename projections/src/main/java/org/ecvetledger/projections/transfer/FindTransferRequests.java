package org.ecvetledger.projections.transfer;

import java.util.Objects;
import org.ecvetledger.domain.shared.LearnerId;

/** Asks for every transfer request of one learner, oldest first. */
public record FindTransferRequests(LearnerId learner) {

    public FindTransferRequests {
        Objects.requireNonNull(learner, "learner");
    }
}
