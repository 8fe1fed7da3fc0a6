package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * The recognition of the unit (or of part of it) was revoked, with the reason (R24, R25): the
 * learner no longer holds its credit, and its points leave their total (R7). The
 * {@code UnitRecognised} stays in the ledger.
 *
 * @param points the points that leave the learner's total; null without points or for part of a unit
 * @param partOfUnit true when a recognition of part of the unit (R10) is revoked
 * @param learningOutcomes the outcomes whose recognition is revoked
 * @param invalidatedAssessment the invalidated assessment that caused it (S11), or null
 * @param appeal the upheld appeal that reversed it (remedy REVERSE_DECISION), or null
 */
@MessageName("UnitRecognitionRevoked")
@Revision("1")
public record UnitRecognitionRevoked(
        PathwayId pathway,
        QualificationRef standard,
        UnitRef unit,
        CreditPoints points,
        boolean partOfUnit,
        List<String> learningOutcomes,
        AssessmentId invalidatedAssessment,
        AppealId appeal,
        Actor revokedBy,
        LocalDate effectiveDate,
        String reason)
        implements PathwayEvent {}
