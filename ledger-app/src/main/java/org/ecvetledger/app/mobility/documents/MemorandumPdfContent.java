package org.ecvetledger.app.mobility.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.ecvetledger.projections.mobility.MemorandumVersionView;
import org.ecvetledger.projections.mobility.MemorandumView;

/**
 * What the PDF of a Memorandum of Understanding shows.
 *
 * @param memorandum  the MoU as the read model shows it (its latest version in full)
 * @param versions    every version in full, latest first
 * @param generatedOn the day the PDF is made
 */
record MemorandumPdfContent(
        MemorandumView memorandum,
        List<MemorandumVersionView> versions,
        CatalogueLabels labels,
        LocalDate generatedOn) {

    MemorandumPdfContent {
        Objects.requireNonNull(memorandum, "memorandum");
        versions = List.copyOf(versions);
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(generatedOn, "generatedOn");
    }
}
