package org.ecvetledger.projections.transcript;

import java.time.LocalDate;

/** The mobility a unit's credit came from: the learning agreement, its MoU, home and host, and the mobility dates. */
public record MobilityView(
        String learningAgreement, String memorandum, String home, String host, LocalDate start, LocalDate end) {}
