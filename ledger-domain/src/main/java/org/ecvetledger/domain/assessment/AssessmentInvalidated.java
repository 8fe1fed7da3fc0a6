package org.ecvetledger.domain.assessment;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.MessageName;

/**
 * The assessment was invalidated (fraud, an assessor without authority; DOMAIN c7): it is no credit
 * any more, and the validations, recognitions and award resting on it are withdrawn, each by its own
 * event with this reason (R25).
 */
@MessageName("AssessmentInvalidated")
@Revision("1")
public record AssessmentInvalidated(
        AssessmentId assessmentId, LearnerId learner, String reason, Actor invalidatedBy, LocalDate effectiveDate)
        implements AssessmentEvent {}
