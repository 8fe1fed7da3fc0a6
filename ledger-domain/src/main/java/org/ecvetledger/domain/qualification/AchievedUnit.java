package org.ecvetledger.domain.qualification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * A unit the learner holds towards a qualification: a recognition (R7). Input of award evaluation.
 *
 * @param points       points awarded with the recognition; null in a framework without points (R9)
 * @param grade        the unit's grade on the standard's scale; null if ungraded
 * @param recognisedOn the effective date of the recognition, for validity in time (R13)
 */
public record AchievedUnit(UnitRef unit, CreditPoints points, BigDecimal grade, LocalDate recognisedOn) {

    public AchievedUnit {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(recognisedOn, "recognisedOn");
    }
}
