package org.ecvetledger.projections.transcript;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's part in a pathway migration to a newer version of the standard (S28), the same on both
 * lines: on the original line (status MIGRATED, still on {@code previousStandard}) and on the line of
 * the new version that holds what the transition table carried over.
 *
 * @param to              the unit of the new version; null when the transition table does not map {@code from}
 * @param coverage        FULL (the new unit is held, with its points) or PARTIAL (its covered outcomes); null if unmapped
 * @param coveredOutcomes the new unit's outcomes a PARTIAL line covers
 */
public record MigrationView(
        String previousStandard,
        String standard,
        String from,
        String to,
        String coverage,
        List<String> coveredOutcomes,
        LocalDate effectiveDate,
        String institution,
        String person,
        String eventId) {}
