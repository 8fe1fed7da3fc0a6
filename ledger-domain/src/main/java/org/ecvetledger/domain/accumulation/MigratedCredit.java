package org.ecvetledger.domain.accumulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * One recognised unit of the previous version mapped into the new one (S28): in full (the new unit is
 * held, with its points) or for some of its outcomes (the new unit stays in progress). The original
 * recognition, on the previous version, stays in the ledger.
 *
 * @param points             the new unit's points when FULL; else null
 * @param originallyRecognisedOn the effective date of the original recognition
 */
public record MigratedCredit(
        UnitRef from,
        UnitRef to,
        Coverage coverage,
        List<String> coveredOutcomes,
        CreditPoints points,
        BigDecimal grade,
        LocalDate originallyRecognisedOn) {

    public MigratedCredit {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(originallyRecognisedOn, "originallyRecognisedOn");
        coveredOutcomes = coveredOutcomes == null ? List.of() : List.copyOf(coveredOutcomes);
    }
}
