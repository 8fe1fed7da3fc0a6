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
 *
 * @param partCredit (revision 2, ADR 0023) the part-credits the recognition rests on besides its own
 *     validation: outcomes credited earlier by a PARTIAL transfer or a partial migration line, completed by a
 *     targeted assessment of the remaining outcomes; empty when the validation covers the whole unit (and on
 *     revision-1 events)
 */
@MessageName("UnitRecognised")
@Revision("2")
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
        LocalDate validUntil,
        List<PartCredit> partCredit)
        implements PathwayEvent {

    public UnitRecognised {
        partCredit = partCredit == null ? List.of() : List.copyOf(partCredit);
    }

    /** A recognition resting on its own validation alone. */
    public UnitRecognised(
            PathwayId pathway,
            QualificationRef standard,
            UnitRef unit,
            CreditPoints points,
            BigDecimal grade,
            boolean optionalUnit,
            List<AssessmentId> basis,
            Actor recognisedBy,
            LocalDate effectiveDate,
            LocalDate validUntil) {
        this(
                pathway,
                standard,
                unit,
                points,
                grade,
                optionalUnit,
                basis,
                recognisedBy,
                effectiveDate,
                validUntil,
                List.of());
    }
}
