package org.ecvetledger.domain.assessment;

import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;

/** Learning outcomes of a learner were assessed; the results are credit once validated and recognised (R1). */
@MessageName("AssessmentRecorded")
@Revision("1")
public record AssessmentRecorded(AssessmentId assessmentId, AssessmentContent content) implements AssessmentEvent {}
