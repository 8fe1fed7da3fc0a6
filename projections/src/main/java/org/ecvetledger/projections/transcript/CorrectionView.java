package org.ecvetledger.projections.transcript;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One correction of an assessment (S09, R24), for one unit: the grade and outcomes before and after,
 * who corrected, why, when it takes effect and was recorded, and the upheld appeal that ordered it if
 * any. The original stays in the ledger; this is how the transcript shows "9 → 13".
 */
public record CorrectionView(
        int correction,
        BigDecimal previousGrade,
        BigDecimal grade,
        List<String> previouslyAchieved,
        List<String> achieved,
        String institution,
        String person,
        String reason,
        LocalDate effectiveDate,
        Instant recordedAt,
        String appeal,
        String eventId) {}
