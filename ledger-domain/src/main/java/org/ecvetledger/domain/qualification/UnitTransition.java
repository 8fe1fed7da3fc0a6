package org.ecvetledger.domain.qualification;

import java.util.List;
import java.util.Objects;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * One line of a new version's transition table: credit for {@code from} (a unit of the previous
 * version) counts for {@code to} (a unit of the new version), fully or for some learning outcomes.
 * Used when a learner's pathway migrates between versions (S28).
 *
 * @param coveredOutcomes the learning outcomes of {@code to} that {@code from} covers; empty when FULL
 */
public record UnitTransition(UnitRef from, UnitRef to, Coverage coverage, List<String> coveredOutcomes) {

    public UnitTransition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(coverage, "coverage");
        coveredOutcomes = coveredOutcomes == null ? List.of() : List.copyOf(coveredOutcomes);
        if (coverage == Coverage.FULL && !coveredOutcomes.isEmpty()) {
            throw new IllegalArgumentException("a full transition lists no learning outcomes");
        }
        if (coverage == Coverage.PARTIAL && coveredOutcomes.isEmpty()) {
            throw new IllegalArgumentException("a partial transition lists the learning outcomes it covers");
        }
    }
}
