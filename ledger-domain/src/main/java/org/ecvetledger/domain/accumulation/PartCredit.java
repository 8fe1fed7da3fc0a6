package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * Learning outcomes of a unit credited here before the unit itself was recognised — by a PARTIAL credit
 * transfer or a partial line of a pathway migration (R10, S23 variant, S28) — on which a full recognition
 * of the unit rests together with the validation of the remaining outcomes (ADR 0023).
 *
 * @param pathwaySequence  the sequence number, in this pathway's stream, of the {@code CreditTransferred}
 *                         or {@code LearnerPathwayMigrated} that credited the outcomes: with the pathway it
 *                         names that event in the event store
 * @param sourceStandard   the standard version the credit came from (the source standard of the transfer,
 *                         or the version the pathway migrated from)
 * @param sourceUnit       the unit the credit is held for there
 * @param decisionReference the transfer's decision reference; null for a migration
 * @param sourceBasis      the assessments the credit rests on at its source (ADR 0016)
 */
public record PartCredit(
        Kind kind,
        long pathwaySequence,
        List<String> learningOutcomes,
        QualificationRef sourceStandard,
        UnitRef sourceUnit,
        String decisionReference,
        InstitutionId decidedBy,
        LocalDate effectiveDate,
        List<AssessmentId> sourceBasis) {

    /** How the outcomes came to be credited. */
    public enum Kind {
        /** A {@code CreditTransferred} under a PARTIAL equivalence. */
        TRANSFER,
        /** A PARTIAL line of a {@code LearnerPathwayMigrated}'s transition table. */
        MIGRATION
    }

    public PartCredit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceUnit, "sourceUnit");
        learningOutcomes = learningOutcomes == null ? List.of() : List.copyOf(learningOutcomes);
        sourceBasis = sourceBasis == null ? List.of() : List.copyOf(sourceBasis);
    }
}
