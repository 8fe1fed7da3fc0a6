package org.ecvetledger.projections.transcript;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The two time axes of a question to the ledger (DOMAIN (j) "Time"): {@code asOf}, the effective date
 * the state is asked for, and {@code knownAt}, the instant up to which the ledger's records count —
 * "what did the ledger say on 1 March about the state on 1 January". Null means no limit on that
 * axis. {@code today} judges expiry (R13) when no {@code asOf} is given.
 */
record TimeSlice(LocalDate asOf, Instant knownAt, LocalDate today) {

    TimeSlice {
        Objects.requireNonNull(today, "today");
    }

    boolean known(HistoryEntry entry) {
        return knownAt == null || !entry.recordedAt().isAfter(knownAt);
    }

    boolean inEffect(HistoryEntry entry) {
        return asOf == null || !entry.effectiveDate().isAfter(asOf);
    }

    boolean sees(HistoryEntry entry) {
        return known(entry) && inEffect(entry);
    }

    /** The day against which validity (R13) is judged. */
    LocalDate referenceDate() {
        return asOf == null ? today : asOf;
    }
}
