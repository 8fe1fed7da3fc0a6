package org.ecvetledger.projections.transcript;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An ordered audit trail of a learner, an award or an institution, as known at {@code knownAt} about {@code asOf}. */
public record TrailView(String subject, LocalDate asOf, Instant knownAt, List<TrailEntryView> entries) {}
