package org.ecvetledger.projections.mobility;

import java.time.LocalDate;

/** A review of an MoU by its parties ([SEED F93]), of the version then current. */
public record MemorandumReviewView(int version, LocalDate reviewedOn, String outcome) {}
