package org.ecvetledger.domain.learner;

import org.ecvetledger.domain.shared.LearnerId;

/** Which learners the ledger has registered; answered from a lookup kept in the events' transaction. */
public interface LearnerDirectory {

    boolean isRegistered(LearnerId learner);
}
