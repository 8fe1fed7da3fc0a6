package org.ecvetledger.projections.mobility;

import java.time.LocalDate;
import java.util.List;
import org.ecvetledger.domain.partnership.MemorandumTerms;

/**
 * One version of a Memorandum of Understanding with its signatures.
 *
 * @param amendmentReason why it was amended; null for version 1
 * @param activeFrom      from when it was in force once every party signed; null if it never was
 * @param signatures      in the order signed
 */
public record MemorandumVersionView(
        int version,
        MemorandumTerms terms,
        String amendmentReason,
        LocalDate activeFrom,
        List<MemorandumSignatureView> signatures) {

    public MemorandumVersionView {
        signatures = List.copyOf(signatures);
    }
}
