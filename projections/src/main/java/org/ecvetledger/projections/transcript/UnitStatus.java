package org.ecvetledger.projections.transcript;

/**
 * Where a unit (or part of a unit) stands on the personal transcript. Only {@link #RECOGNISED} and
 * {@link #UNDER_REVIEW} carry points into the totals: a decision under review still stands until
 * the deciding body confirms or revokes it (DOMAIN c7).
 */
public enum UnitStatus {
    /** Assessed or validated, not recognised yet. */
    IN_PROGRESS,
    /** Some of its learning outcomes were recognised (R10), not the whole unit. */
    PARTLY_RECOGNISED,
    RECOGNISED,
    /** An upstream correction asks the deciding body to confirm or revoke (R25). */
    UNDER_REVIEW,
    /** Its recognition (or every recognised part of it) was revoked (c7, R24); the recognition stays on the transcript. */
    REVOKED,
    /** Its validated credit was withdrawn (an invalidated assessment, S11, or after review) and nothing is recognised. */
    CREDIT_WITHDRAWN,
    /** Recognised, but its validity period (R13) ended before the transcript's date. */
    EXPIRED,
    /**
     * Recognised under a version of the standard the pathway has since migrated from (S28): the recognition
     * stays, on that version, and counts only as its {@code migration} carried it into the new version.
     */
    MIGRATED
}
