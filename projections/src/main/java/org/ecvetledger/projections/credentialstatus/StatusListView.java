package org.ecvetledger.projections.credentialstatus;

import java.util.List;
import org.ecvetledger.domain.shared.InstitutionId;

/** An issuer's status list: the highest index it gave out and the indexes whose credentials are revoked. */
public record StatusListView(InstitutionId issuer, long highestIndex, List<Long> revokedIndexes) {

    public StatusListView {
        revokedIndexes = List.copyOf(revokedIndexes);
    }
}
