package org.ecvetledger.projections.mobility;

import java.util.Objects;
import org.ecvetledger.domain.partnership.MemorandumId;

/**
 * Asks for one Memorandum of Understanding with the terms and signatures of one of its versions;
 * empty when the MoU or that version is unknown.
 *
 * @param version the version to show; null for the latest
 */
public record GetMemorandum(MemorandumId memorandumId, Integer version) {

    public GetMemorandum {
        Objects.requireNonNull(memorandumId, "memorandumId");
    }
}
