package org.ecvetledger.projections.mobility;

import org.ecvetledger.domain.shared.InstitutionId;

/**
 * Searches the Memoranda of Understanding; every criterion is optional. Answers at most
 * {@value MobilityReadModel#MAX_RESULTS} memoranda, ordered by title.
 *
 * @param party an institution that is a party to the latest version or to the version in force
 * @param state a {@link MemorandumState} by name, any case; blank means any
 */
public record FindMemoranda(InstitutionId party, String state) {

    public FindMemoranda {
        state = MobilityReadModel.criterion(state);
    }
}
