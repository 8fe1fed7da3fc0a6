package org.ecvetledger.domain.learner;

import org.ecvetledger.domain.shared.LearnerId;

/** Every event of the {@link Learner} aggregate. */
public sealed interface LearnerEvent permits LearnerRegistered, LearnerPersonalDataErased {

    LearnerId learnerId();
}
