package org.ecvetledger.projections.transcript;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.ecvetledger.domain.shared.InstitutionId;

/**
 * Asks for one page of an institution's audit trail (R28): at most {@code limit} entries after
 * {@code after} (null for the first page), in trail order.
 */
public record GetInstitutionTrailPage(
        InstitutionId institution, LocalDate asOf, Instant knownAt, TrailCursor after, int limit) {

    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 5_000;

    public GetInstitutionTrailPage {
        Objects.requireNonNull(institution, "institution");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }
}
