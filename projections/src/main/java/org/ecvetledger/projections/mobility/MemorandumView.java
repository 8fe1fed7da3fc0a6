package org.ecvetledger.projections.mobility;

import java.time.LocalDate;
import java.util.List;
import org.ecvetledger.domain.partnership.MemorandumId;

/**
 * A Memorandum of Understanding: where it stands, the numbers of all its versions, one version in
 * full and every review.
 *
 * @param versionInForce the last version every party signed; null before
 * @param activeFrom     from when the version in force applies; null when none is
 * @param endedOn        the day it expired or was terminated; null while it runs
 * @param termination    who terminated it and why; null unless terminated
 * @param versions       every version number, oldest first
 * @param version        the version asked for (the latest when none was)
 * @param reviews        every review, in the order recorded
 */
public record MemorandumView(
        MemorandumId memorandumId,
        MemorandumState state,
        int latestVersion,
        Integer versionInForce,
        LocalDate activeFrom,
        LocalDate endedOn,
        MemorandumTerminationView termination,
        List<Integer> versions,
        MemorandumVersionView version,
        List<MemorandumReviewView> reviews) {

    public MemorandumView {
        versions = List.copyOf(versions);
        reviews = List.copyOf(reviews);
    }
}
