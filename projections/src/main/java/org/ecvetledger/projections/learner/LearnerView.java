package org.ecvetledger.projections.learner;

import java.time.Instant;
import org.ecvetledger.domain.learner.SealedPersonalData;
import org.ecvetledger.domain.shared.LearnerId;

/**
 * What the ledger knows of a learner. The personal data stays sealed in the read model too, so
 * destroying the learner's key erases it here without touching this table.
 */
public record LearnerView(LearnerId learnerId, SealedPersonalData personalData, Instant registeredAt) {}
