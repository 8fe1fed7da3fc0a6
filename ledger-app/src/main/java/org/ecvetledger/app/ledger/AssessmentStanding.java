package org.ecvetledger.app.ledger;

import org.ecvetledger.domain.assessment.AssessmentId;

/** The answer to {@link GetAssessmentStanding}: flagged or not, and if so the earlier assessment it repeats. */
record AssessmentStanding(AssessmentId assessment, boolean flaggedAsPossibleDuplicate, AssessmentId duplicateOf) {}
