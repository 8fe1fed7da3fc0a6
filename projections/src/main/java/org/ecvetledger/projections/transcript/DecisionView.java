package org.ecvetledger.projections.transcript;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A decision on a unit (validation, rejection, recognition): who took it, when it takes effect, when it was recorded, and the event that says so. */
public record DecisionView(
        String institution,
        String person,
        LocalDate effectiveDate,
        Instant recordedAt,
        List<String> learningOutcomes,
        String reason,
        String eventId) {}
