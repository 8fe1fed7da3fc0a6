package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * The unit's validated credit was withdrawn, with the reason (R24, R25): every outcome validated
 * for it so far, and the assessments it rested on. The unit may be validated again on other
 * assessments.
 *
 * @param invalidatedAssessment the invalidated assessment that caused it (S11), or null for a withdrawal after review
 */
@MessageName("CreditValidationWithdrawn")
@Revision("1")
public record CreditValidationWithdrawn(
        PathwayId pathway,
        UnitRef unit,
        List<String> learningOutcomes,
        List<AssessmentId> basis,
        AssessmentId invalidatedAssessment,
        Actor withdrawnBy,
        LocalDate effectiveDate,
        String reason)
        implements PathwayEvent {}
