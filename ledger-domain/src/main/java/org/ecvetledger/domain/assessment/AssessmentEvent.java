package org.ecvetledger.domain.assessment;

/** Every event of the {@link Assessment} aggregate. */
public sealed interface AssessmentEvent
        permits AssessmentRecorded,
                PossibleDuplicateAssessmentFlagged,
                AssessmentCorrected,
                AssessmentInvalidated,
                ReassessmentRecorded {

    AssessmentId assessmentId();
}
