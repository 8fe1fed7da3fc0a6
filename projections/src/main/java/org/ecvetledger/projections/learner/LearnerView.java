package org.ecvetledger.projections.learner;

import java.time.Instant;
import org.ecvetledger.domain.learner.PersonalData;
import org.ecvetledger.domain.shared.LearnerId;

/**
 * What the ledger knows of a learner. The read model stores the personal data sealed; it is opened
 * only to answer the query, and is absent once the learner's key has been destroyed.
 *
 * @param personalData       the personal data in clear, or null when erased
 * @param personalDataErased whether the learner's personal data has been erased
 */
public record LearnerView(
        LearnerId learnerId, PersonalData personalData, boolean personalDataErased, Instant registeredAt) {}
