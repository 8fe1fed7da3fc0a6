package org.ecvetledger.projections.transcript;

import java.math.BigDecimal;

/**
 * Credit transferred from another qualification (DOMAIN c6, R8, decision (j)2), lossless as the
 * {@code CreditTransferred} event holds it: the source unit with its original points, framework, grade
 * and scale beside the receiving unit's points, the equivalence (and version) used and the receiving
 * institution's decision reference. {@code convertedPoints} is null for a PARTIAL transfer or a
 * no-points receiving system.
 */
public record TransferView(
        String sourceQualification,
        String sourceUnit,
        BigDecimal originalPoints,
        String originalFramework,
        BigDecimal convertedPoints,
        String eventId,
        String sourceStandard,
        BigDecimal originalGrade,
        String originalGradingScale,
        String coverage,
        String equivalence,
        Integer equivalenceVersion,
        String decisionReference) {}
