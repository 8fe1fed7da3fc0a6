package org.ecvetledger.projections.mobility;

import java.time.LocalDate;
import java.util.List;
import org.ecvetledger.domain.partnership.MemorandumId;
import org.ecvetledger.domain.shared.InstitutionId;

/**
 * A Memorandum of Understanding in a list.
 *
 * @param title          the title of the latest version
 * @param parties        the parties to the latest version
 * @param versionInForce the last version every party signed; null before
 * @param activeFrom     from when the version in force applies; null when none is
 * @param endedOn        the day it expired or was terminated; null while it runs
 */
public record MemorandumSummaryView(
        MemorandumId memorandumId,
        String title,
        List<InstitutionId> parties,
        MemorandumState state,
        int latestVersion,
        Integer versionInForce,
        LocalDate activeFrom,
        LocalDate endedOn) {

    public MemorandumSummaryView {
        parties = List.copyOf(parties);
    }
}
