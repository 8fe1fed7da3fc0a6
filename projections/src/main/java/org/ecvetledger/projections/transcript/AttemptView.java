package org.ecvetledger.projections.transcript;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One assessment of a unit (R14: every attempt stays on the transcript). {@code counted}: a
 * validation of the unit rests on it; {@code possibleDuplicate}: flagged for human review (S07),
 * never credit.
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
        String eventId) {}
