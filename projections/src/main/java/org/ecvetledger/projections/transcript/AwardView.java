package org.ecvetledger.projections.transcript;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The award of a qualification on the transcript, with the event that records it; {@code status}
 * ACTIVE, UNDER_REVIEW (a recognition it counts was revoked or corrected, R25) or REVOKED, and
 * {@code reviews} and {@code revocation} the events behind that status. {@code awardId} identifies the
 * award (the id of its {@code QualificationAwarded} event): its audit trail is
 * {@code GET /api/awards/{awardId}/audit-trail} (S32).
 */
public record AwardView(
        String standard,
        boolean partialQualification,
        LocalDate awardedOn,
        Instant recordedAt,
        String awardingBody,
        String awardedBy,
        BigDecimal grade,
        BigDecimal pointsTotal,
        List<String> unitsCounted,
        String legalBasis,
        String status,
        String eventId,
        List<DecisionView> reviews,
        DecisionView revocation,
        String awardId) {}
