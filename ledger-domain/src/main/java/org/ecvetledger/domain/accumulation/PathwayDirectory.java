package org.ecvetledger.domain.accumulation;

import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;

/** Which qualifications a learner is enrolled in; a lookup kept in the enrolment's transaction. */
public interface PathwayDirectory {

    boolean isEnrolled(LearnerId learner, QualificationId qualification);
}
