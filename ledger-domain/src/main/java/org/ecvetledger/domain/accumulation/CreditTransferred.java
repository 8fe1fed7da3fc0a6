package org.ecvetledger.domain.accumulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.equivalence.EquivalenceId;
import org.ecvetledger.domain.qualification.GradingScale;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * Credit held in another qualification was transferred to a unit of this one (DOMAIN c6, R8,
 * decision (j)2): lossless — the source unit with its points, framework, grade and scale, the
 * equivalence and version used, the receiving unit's points and the decision reference side by side.
 * FULL recognises the unit here; PARTIAL recognises only {@code coveredOutcomes}, without points.
 * {@code equivalence} is null for a common-core unit (the same unit version in both standards).
 *
 * @param sourceBasis the assessments the source recognition rests on (revision 2, ADR 0016): a
 *     correction or invalidation of one of them reaches the transferred unit as any dependent
 *     decision (R25); empty on revision-1 events, recorded before the ledger kept it
 * @param decidedBy the body and person that recognised the transfer
 * @param validatedBy the body and person that validated it, under {@code validationReference}
 *     (revision 3, ADR 0022): another body when validation and recognition were separate decisions;
 *     on earlier revisions, when one body decided both, {@code decidedBy} and {@code decisionReference}
 */
@MessageName("CreditTransferred")
@Revision("3")
public record CreditTransferred(
        PathwayId pathway,
        QualificationRef standard,
        UnitRef unit,
        Coverage coverage,
        List<String> coveredOutcomes,
        CreditPoints points,
        CreditFramework framework,
        BigDecimal grade,
        boolean optionalUnit,
        PathwayId sourcePathway,
        QualificationRef sourceStandard,
        UnitRef sourceUnit,
        CreditPoints sourcePoints,
        CreditFramework sourceFramework,
        BigDecimal sourceGrade,
        GradingScale sourceGradingScale,
        EquivalenceId equivalence,
        Integer equivalenceVersion,
        String decisionReference,
        Actor decidedBy,
        LocalDate effectiveDate,
        LocalDate validUntil,
        List<AssessmentId> sourceBasis,
        Actor validatedBy,
        String validationReference)
        implements PathwayEvent {

    public CreditTransferred {
        sourceBasis = sourceBasis == null ? List.of() : List.copyOf(sourceBasis);
        validatedBy = validatedBy == null ? decidedBy : validatedBy;
        validationReference = validationReference == null ? decisionReference : validationReference;
    }

    /** A transfer validated and recognised by one body in one decision, {@code decidedBy}. */
    public CreditTransferred(
            PathwayId pathway,
            QualificationRef standard,
            UnitRef unit,
            Coverage coverage,
            List<String> coveredOutcomes,
            CreditPoints points,
            CreditFramework framework,
            BigDecimal grade,
            boolean optionalUnit,
            PathwayId sourcePathway,
            QualificationRef sourceStandard,
            UnitRef sourceUnit,
            CreditPoints sourcePoints,
            CreditFramework sourceFramework,
            BigDecimal sourceGrade,
            GradingScale sourceGradingScale,
            EquivalenceId equivalence,
            Integer equivalenceVersion,
            String decisionReference,
            Actor decidedBy,
            LocalDate effectiveDate,
            LocalDate validUntil,
            List<AssessmentId> sourceBasis) {
        this(
                pathway,
                standard,
                unit,
                coverage,
                coveredOutcomes,
                points,
                framework,
                grade,
                optionalUnit,
                sourcePathway,
                sourceStandard,
                sourceUnit,
                sourcePoints,
                sourceFramework,
                sourceGrade,
                sourceGradingScale,
                equivalence,
                equivalenceVersion,
                decisionReference,
                decidedBy,
                effectiveDate,
                validUntil,
                sourceBasis,
                null,
                null);
    }
}
