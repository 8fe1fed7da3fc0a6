package org.ecvetledger.domain.assessment;

import java.util.Optional;

/** Recorded assessments, for validation and duplicate detection; a lookup kept in the events' transaction. */
public interface AssessmentRecords {

    Optional<AssessmentRecord> find(AssessmentId assessment);

    /** An earlier assessment of the same learner by the same institution on the same day with the same results (S07). */
    Optional<AssessmentId> sameContentAs(AssessmentContent content);
}
