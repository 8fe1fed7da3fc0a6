package org.ecvetledger.projections.transcript;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The learner's personal transcript (DOMAIN f2) as the ledger knew it at {@code knownAt} about the
 * state on {@code asOf} (null: no limit). Totals are per credit framework and list their sources.
 */
public record TranscriptView(
        String learner,
        LocalDate asOf,
        Instant knownAt,
        List<QualificationEntryView> qualifications,
        List<TranscriptUnitView> units,
        List<PointsTotalView> totals) {}
