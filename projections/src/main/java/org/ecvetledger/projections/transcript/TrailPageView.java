package org.ecvetledger.projections.transcript;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One page of an audit trail; {@code next} is the cursor of the page after it, null on the last page.
 */
public record TrailPageView(
        String subject, LocalDate asOf, Instant knownAt, List<TrailEntryView> entries, TrailCursor next) {}
