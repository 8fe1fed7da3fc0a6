package org.ecvetledger.projections.transcript;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One assessment of a unit (R14: every attempt stays on the transcript). {@code counted}: a
 * validation of the unit rests on it; {@code possibleDuplicate}: flagged for human review (S07),
 * never credit. Results and grade are the assessment's as corrected (S09); {@code corrections} keeps
 * every earlier value with who corrected it and why. {@code status}: {@code ACTIVE}, {@code CORRECTED},
 * {@code INVALIDATED} (S11: no credit any more, {@code invalidation} says who and why) or
 * {@code SUPERSEDED} (S12: an upheld appeal's reassessment {@code supersededBy} replaced it).
 *
 * @param evidence each document the assessment rests on, as {@code documentId sha256}
 */
public record AttemptView(
        String assessmentId,
        LocalDate assessedOn,
        Instant recordedAt,
        String assessor,
        String assessorPerson,
        String method,
        String setting,
        List<String> achieved,
        List<String> notAchieved,
        BigDecimal grade,
        String gradingScheme,
        String learningAgreement,
        List<String> evidence,
        String criteriaReference,
        boolean counted,
        boolean possibleDuplicate,
        String eventId,
        String status,
        List<CorrectionView> corrections,
        DecisionView invalidation,
        String supersededBy,
        String supersedingAppeal,
        String supersedingEvent) {}
