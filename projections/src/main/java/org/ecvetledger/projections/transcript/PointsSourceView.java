package org.ecvetledger.projections.transcript;

import java.math.BigDecimal;

/** One recognition behind a points total (R7: points shown must be traceable to recognition events). */
public record PointsSourceView(String qualification, String unit, BigDecimal points, String eventId, long position) {}
