package org.ecvetledger.domain.assessment;

import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;

/**
 * The same assessment content arrived a second time under another submission (S07, R26): kept for
 * human review, and it is no credit — it cannot be validated.
 */
@MessageName("PossibleDuplicateAssessmentFlagged")
@Revision("1")
public record PossibleDuplicateAssessmentFlagged(
        AssessmentId assessmentId, AssessmentContent content, AssessmentId duplicateOf) implements AssessmentEvent {}
