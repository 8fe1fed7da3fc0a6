package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/** Part of a unit (some of its learning outcomes) was recognised, without points (R10). */
@MessageName("PartialUnitCreditRecognised")
@Revision("1")
public record PartialUnitCreditRecognised(
        PathwayId pathway,
        QualificationRef standard,
        UnitRef unit,
        List<String> learningOutcomes,
        List<AssessmentId> basis,
        Actor recognisedBy,
        LocalDate effectiveDate)
        implements PathwayEvent {}
