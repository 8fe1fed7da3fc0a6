package org.ecvetledger.app.learner;

import org.ecvetledger.app.web.ResourceNotFound;
import org.ecvetledger.domain.shared.LearnerId;

/** No learner with this id is known to the ledger. */
class LearnerNotFound extends ResourceNotFound {

    LearnerNotFound(LearnerId learnerId) {
        super("no learner " + learnerId + " is registered");
    }
}
