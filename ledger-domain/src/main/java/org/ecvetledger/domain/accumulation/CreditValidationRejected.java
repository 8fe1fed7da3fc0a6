package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.UnitRef;

/** The competent institution decided that assessed outcomes do not correspond to the unit, with the reason (S05); an official decision, not a malformed request. */
@MessageName("CreditValidationRejected")
@Revision("1")
public record CreditValidationRejected(
        PathwayId pathway,
        UnitRef unit,
        List<String> learningOutcomes,
        List<AssessmentId> basis,
        Actor rejectedBy,
        LocalDate effectiveDate,
        String reason)
        implements PathwayEvent {}
