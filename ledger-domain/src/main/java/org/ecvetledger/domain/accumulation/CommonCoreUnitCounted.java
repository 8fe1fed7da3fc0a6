package org.ecvetledger.domain.accumulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * A common-core unit — the same unit version attached to this standard and to the one it was
 * recognised in, in the same jurisdiction (R19) — counts here on its one recognition, without a
 * second recognition (issue 6 item 5, DOMAIN glossary "unit ... common to several qualifications",
 * ADR 0016). Not a decision of this pathway: it names the recognition it rests on, side by side with
 * what it counts here (this standard's points for the unit, R8).
 *
 * @param points this standard's points for the unit; null in a no-points system
 * @param grade the recognition's grade when both standards grade on the same scale, else null
 * @param recognisedBy the institution and person that recognised the unit in the source qualification (R3)
 * @param sourceBasis the assessments the recognition rests on: a change to them reaches this count
 * @param effectiveDate the recognition's effective date: it counts from when it was recognised
 * @param validUntil the last day it counts here when this standard gives the unit a validity (R13)
 */
@MessageName("CommonCoreUnitCounted")
@Revision("1")
public record CommonCoreUnitCounted(
        PathwayId pathway,
        QualificationRef standard,
        UnitRef unit,
        CreditPoints points,
        CreditFramework framework,
        BigDecimal grade,
        boolean optionalUnit,
        PathwayId sourcePathway,
        QualificationRef sourceStandard,
        CreditPoints sourcePoints,
        Actor recognisedBy,
        List<AssessmentId> sourceBasis,
        LocalDate effectiveDate,
        LocalDate validUntil)
        implements PathwayEvent {

    public CommonCoreUnitCounted {
        sourceBasis = sourceBasis == null ? List.of() : List.copyOf(sourceBasis);
    }
}
