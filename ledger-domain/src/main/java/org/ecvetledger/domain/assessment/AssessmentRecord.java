package org.ecvetledger.domain.assessment;

/** An assessment as decisions on credit see it; a flagged duplicate is no credit. */
public record AssessmentRecord(AssessmentId assessmentId, AssessmentContent content, boolean flaggedAsDuplicate) {}
