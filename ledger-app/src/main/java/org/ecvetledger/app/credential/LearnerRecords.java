package org.ecvetledger.app.credential;

import java.util.Optional;
import org.ecvetledger.domain.shared.LearnerId;

/**
 * The source of a learner's record for the ELM export (ADR 0012): one method, so the personal
 * transcript's read model can replace today's implementation once it exists.
 */
interface LearnerRecords {

    /** Empty when the ledger knows no such learner. */
    Optional<LearnerRecord> recordOf(LearnerId learner);
}
