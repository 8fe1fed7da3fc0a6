package org.ecvetledger.domain.accumulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * The unit was recognised for the learner's qualification: the only step that grants units and points (R7);
 * once per unit per qualification (R14) while it is valid. {@code validUntil} is the last day the credit
 * counts when the unit has a validity period (R13), else null.
 */
@MessageName("UnitRecognised")
@Revision("1")
public record UnitRecognised(
        PathwayId pathway,
        QualificationRef standard,
        UnitRef unit,
        CreditPoints points,
        BigDecimal grade,
        boolean optionalUnit,
        List<AssessmentId> basis,
        Actor recognisedBy,
        LocalDate effectiveDate,
        LocalDate validUntil)
        implements PathwayEvent {}
