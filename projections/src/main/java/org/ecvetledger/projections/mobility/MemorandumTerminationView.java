package org.ecvetledger.projections.mobility;

import org.ecvetledger.domain.shared.InstitutionId;

/** The party that ended an MoU before its end date, and why; the date is the MoU's end. */
public record MemorandumTerminationView(InstitutionId terminatedBy, String reason) {}
