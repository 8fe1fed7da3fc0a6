package org.ecvetledger.domain.shared;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/**
 * A number of credit points in some credit framework (ECVET, ECTS, a national scheme). Points
 * describe the weight of learning outcomes in a standard; a learner holds them only through
 * recognition (R7). Non-negative, at most two decimals (7.5 ECVET points exist).
 */
public record CreditPoints(BigDecimal value) implements Comparable<CreditPoints> {

    public static final CreditPoints ZERO = new CreditPoints(BigDecimal.ZERO);

    public CreditPoints {
        Objects.requireNonNull(value, "points");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("points cannot be negative: " + value);
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("points have at most two decimals: " + value);
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    public static CreditPoints of(long points) {
        return new CreditPoints(BigDecimal.valueOf(points));
    }

    public static CreditPoints of(String points) {
        return new CreditPoints(new BigDecimal(points));
    }

    public CreditPoints plus(CreditPoints other) {
        return new CreditPoints(value.add(other.value));
    }

    public static CreditPoints sum(Collection<CreditPoints> points) {
        return points.stream().reduce(ZERO, CreditPoints::plus);
    }

    public boolean isAtLeast(CreditPoints other) {
        return value.compareTo(other.value) >= 0;
    }

    @Override
    public int compareTo(CreditPoints other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
