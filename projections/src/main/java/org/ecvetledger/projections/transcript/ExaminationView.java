package org.ecvetledger.projections.transcript;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A final examination of the qualification (R17), passed or not. */
public record ExaminationView(
        String organiser, LocalDate examinedOn, boolean passed, BigDecimal grade, String eventId) {}
