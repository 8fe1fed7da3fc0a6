package org.ecvetledger.projections.transcript;

import java.math.BigDecimal;

/**
 * Credit transferred from another qualification (DOMAIN c6, R8): the source unit with its original
 * points and framework, and the points of the receiving unit. The ledger has no transfer event yet
 * (issue 7 leaves it to the transfer feature); the view is here so the transcript's shape does not change then.
 */
public record TransferView(
        String sourceQualification,
        String sourceUnit,
        BigDecimal originalPoints,
        String originalFramework,
        BigDecimal convertedPoints,
        String eventId) {}
