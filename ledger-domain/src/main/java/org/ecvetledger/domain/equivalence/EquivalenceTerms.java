package org.ecvetledger.domain.equivalence;

import java.util.List;
import java.util.Objects;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * What an equivalence states: credit for {@code source} counts for {@code target}, in full or for
 * the listed learning outcomes of the target (I CARE and PERMEVET matrices, [SEED F25, F100]).
 *
 * @param coveredOutcomes the target's learning outcomes the source covers; empty when FULL
 * @param basisReference  the MoU, matrix or legal act, as people cite it
 */
public record EquivalenceTerms(
        UnitRef source,
        UnitRef target,
        Coverage coverage,
        List<String> coveredOutcomes,
        EquivalenceBasis basis,
        String basisReference) {

    public EquivalenceTerms {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(basis, "basis");
        if (source.equals(target)) {
            throw new IllegalArgumentException("a unit is not declared equivalent to itself");
        }
        coveredOutcomes = coveredOutcomes == null ? List.of() : List.copyOf(coveredOutcomes);
        if (new java.util.HashSet<>(coveredOutcomes).size() != coveredOutcomes.size()) {
            throw new IllegalArgumentException("a covered learning outcome is listed twice");
        }
        if (coverage == Coverage.FULL && !coveredOutcomes.isEmpty()) {
            throw new IllegalArgumentException("a full equivalence lists no learning outcomes");
        }
        if (coverage == Coverage.PARTIAL && coveredOutcomes.isEmpty()) {
            throw new IllegalArgumentException("a partial equivalence lists the learning outcomes it covers");
        }
    }
}
