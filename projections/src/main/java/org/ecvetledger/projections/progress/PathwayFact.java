package org.ecvetledger.projections.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ecvetledger.domain.accumulation.MigratedCredit;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * One pathway event as the progress audit needs it: its identity, its two times (effective date and
 * recorded instant, DOMAIN (j) "Time") and the fields of its kind; the others are null.
 */
record PathwayFact(
        String eventId,
        long sequence,
        String type,
        LocalDate effectiveDate,
        Instant recordedAt,
        Integer standardVersion,
        UnitRef unit,
        BigDecimal points,
        BigDecimal grade,
        LocalDate validUntil,
        Boolean passed,
        List<String> learningOutcomes,
        boolean partOfUnit,
        String reviewedDecision,
        String reason,
        Migration migration,
        String carriedFrom) {

    static final String ENROLLED = "LearnerEnrolled";
    static final String VALIDATED = "CreditValidated";
    static final String VALIDATION_REJECTED = "CreditValidationRejected";
    static final String RECOGNISED = "UnitRecognised";
    static final String PART_RECOGNISED = "PartialUnitCreditRecognised";
    static final String FINAL_EXAMINATION = "FinalExaminationRecorded";
    static final String EVALUATED = "AwardEligibilityEvaluated";
    static final String AWARDED = "QualificationAwarded";
    // changing the past (ADR 0010): what they name stops counting, or stands under review
    static final String REVIEW_REQUIRED = "RecognitionReviewRequired";
    static final String CONFIRMED = "RecognitionConfirmed";
    static final String VALIDATION_WITHDRAWN = "CreditValidationWithdrawn";
    static final String RECOGNITION_REVOKED = "UnitRecognitionRevoked";
    static final String AWARD_REVOKED = "QualificationAwardRevoked";
    /** A FULL credit transfer: counts like a recognition, with the receiving unit's points (decision (j)2). */
    static final String TRANSFERRED = "CreditTransferred";
    /** A PARTIAL credit transfer: the covered outcomes only, never counted (R10). */
    static final String PART_TRANSFERRED = "CreditTransferred.PARTIAL";
    /** S28: the pathway moves to a new version of the standard, carrying credit over by its transition table. */
    static final String MIGRATED = "LearnerPathwayMigrated";

    /**
     * What a {@link #MIGRATED} fact carries: the version left, the credit carried over and the recognised
     * units the transition table does not map.
     */
    record Migration(String previousStandard, List<MigratedCredit> credits, List<String> unmapped) {
        Migration {
            credits = List.copyOf(credits);
            unmapped = List.copyOf(unmapped);
        }
    }
    /** A common-core unit counted on its recognition in another qualification (ADR 0016): counts like one. */
    static final String COMMON_CORE = "CommonCoreUnitCounted";

    PathwayFact {
        learningOutcomes = learningOutcomes == null ? List.of() : List.copyOf(learningOutcomes);
    }

    /** A fact that is not a migration. */
    PathwayFact(
            String eventId,
            long sequence,
            String type,
            LocalDate effectiveDate,
            Instant recordedAt,
            Integer standardVersion,
            UnitRef unit,
            BigDecimal points,
            BigDecimal grade,
            LocalDate validUntil,
            Boolean passed,
            List<String> learningOutcomes,
            boolean partOfUnit,
            String reviewedDecision,
            String reason) {
        this(
                eventId,
                sequence,
                type,
                effectiveDate,
                recordedAt,
                standardVersion,
                unit,
                points,
                grade,
                validUntil,
                passed,
                learningOutcomes,
                partOfUnit,
                reviewedDecision,
                reason,
                null,
                null);
    }

    /** A fact that changes nothing of the past. */
    PathwayFact(
            String eventId,
            long sequence,
            String type,
            LocalDate effectiveDate,
            Instant recordedAt,
            Integer standardVersion,
            UnitRef unit,
            BigDecimal points,
            BigDecimal grade,
            LocalDate validUntil,
            Boolean passed,
            List<String> learningOutcomes) {
        this(
                eventId,
                sequence,
                type,
                effectiveDate,
                recordedAt,
                standardVersion,
                unit,
                points,
                grade,
                validUntil,
                passed,
                learningOutcomes,
                false,
                null,
                null);
    }

    /** A unit held in full: recognised here, transferred in full, or counted as common core. */
    static boolean holdsUnit(String type) {
        return RECOGNISED.equals(type) || TRANSFERRED.equals(type) || COMMON_CORE.equals(type);
    }

    /** Bitemporal visibility: in effect on {@code asOf}, and recorded by {@code knownAt} (null: any time). */
    boolean visible(LocalDate asOf, Instant knownAt) {
        return !effectiveDate.isAfter(asOf) && (knownAt == null || !recordedAt.isAfter(knownAt));
    }
}
