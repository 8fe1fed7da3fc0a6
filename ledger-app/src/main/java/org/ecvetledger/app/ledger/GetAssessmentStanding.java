package org.ecvetledger.app.ledger;

import org.ecvetledger.domain.assessment.AssessmentId;

/** Whether an assessment, just recorded, stands as credit or was flagged as a possible duplicate (S07). */
record GetAssessmentStanding(AssessmentId assessment) {}
