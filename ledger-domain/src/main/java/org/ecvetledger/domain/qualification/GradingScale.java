package org.ecvetledger.domain.qualification;

import java.math.BigDecimal;
import java.util.Objects;

/** The grades a standard uses, e.g. 0–20 in France; a grade outside it is refused. */
public record GradingScale(BigDecimal minimum, BigDecimal maximum) {

    public GradingScale {
        Objects.requireNonNull(minimum, "minimum grade");
        Objects.requireNonNull(maximum, "maximum grade");
        if (minimum.compareTo(maximum) >= 0) {
            throw new IllegalArgumentException("the lowest grade must be below the highest");
        }
    }

    public boolean contains(BigDecimal grade) {
        return grade.compareTo(minimum) >= 0 && grade.compareTo(maximum) <= 0;
    }
}
