package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.UnitRef;

/** A competent institution of the home system confirmed that assessed learning outcomes correspond to outcomes of a unit of the learner's standard ([REC] Annex I(g)). */
@MessageName("CreditValidated")
@Revision("1")
public record CreditValidated(
        PathwayId pathway,
        UnitRef unit,
        List<String> learningOutcomes,
        List<AssessmentId> basis,
        Actor validatedBy,
        LocalDate effectiveDate)
        implements PathwayEvent {}
