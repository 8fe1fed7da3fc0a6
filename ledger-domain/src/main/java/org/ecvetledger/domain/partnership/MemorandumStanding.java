package org.ecvetledger.domain.partnership;

import java.time.LocalDate;

/**
 * Where an MoU stands: the terms of its version in force (the last one every party signed), if any,
 * and whether it has ended.
 *
 * @param termsInForce null while no version has been signed by every party
 * @param activeFrom   from when the version in force applies; null when none is
 * @param endedOn      the day it expired or was terminated; null while it runs
 */
public record MemorandumStanding(MemorandumTerms termsInForce, LocalDate activeFrom, LocalDate endedOn) {

    /** R4, R29: whether a learning agreement may be signed under this MoU on that day. */
    public boolean isActiveOn(LocalDate day) {
        return termsInForce != null
                && !day.isBefore(activeFrom)
                && !day.isAfter(termsInForce.validUntil())
                && (endedOn == null || day.isBefore(endedOn));
    }
}
