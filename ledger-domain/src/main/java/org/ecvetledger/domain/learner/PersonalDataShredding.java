package org.ecvetledger.domain.learner;

import org.ecvetledger.domain.shared.LearnerId;

/** Destroys a learner's key, so every sealed copy of their personal data stays unreadable (decision (j)6). */
public interface PersonalDataShredding {

    void shred(LearnerId learnerId);
}
