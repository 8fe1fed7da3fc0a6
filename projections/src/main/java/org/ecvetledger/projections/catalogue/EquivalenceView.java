package org.ecvetledger.projections.catalogue;

import java.time.LocalDate;
import java.util.List;
import org.ecvetledger.domain.equivalence.EquivalenceId;
import org.ecvetledger.domain.equivalence.EquivalenceTerms;
import org.ecvetledger.domain.shared.InstitutionId;

/**
 * A unit equivalence: the version now in force (or last in force, once withdrawn) and every version
 * before it, since transfers made under an earlier version keep it.
 *
 * @param effectiveFrom from when the current version applies
 * @param withdrawal    the recorded withdrawal; null while the equivalence is in force
 * @param history       every version, oldest first, the current one last
 */
public record EquivalenceView(
        EquivalenceId equivalenceId,
        int version,
        EquivalenceTerms terms,
        InstitutionId declaredBy,
        LocalDate effectiveFrom,
        EquivalenceWithdrawalView withdrawal,
        List<EquivalenceVersionView> history) {

    public EquivalenceView {
        history = List.copyOf(history);
    }
}
