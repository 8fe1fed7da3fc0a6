package org.ecvetledger.domain.accumulation;

import java.util.Optional;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;

/** The recognitions that stand, for an appeal against one; a lookup kept in the events' transaction. */
public interface RecognitionRecords {

    Optional<RecognitionRecord> find(LearnerId learner, QualificationId qualification, UnitRef unit);
}
