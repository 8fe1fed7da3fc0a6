package org.ecvetledger.domain.shared;

import java.util.Objects;

/**
 * The credit system a standard's points belong to (decision (j)8): {@code ECVET}, {@code ECTS}, a
 * named national scheme (Finland's competence points), or {@code NONE}, which is first-class (R9:
 * France's BAC PRO uses coefficients and grades, no points).
 *
 * @param scheme the national scheme's name; only for {@link Kind#NATIONAL}
 */
public record CreditFramework(Kind kind, String scheme) {

    public enum Kind {
        ECVET,
        ECTS,
        NATIONAL,
        NONE
    }

    public static final CreditFramework ECVET = new CreditFramework(Kind.ECVET, null);
    public static final CreditFramework ECTS = new CreditFramework(Kind.ECTS, null);
    public static final CreditFramework NONE = new CreditFramework(Kind.NONE, null);

    public CreditFramework {
        Objects.requireNonNull(kind, "credit framework");
        if (kind == Kind.NATIONAL && (scheme == null || scheme.isBlank())) {
            throw new IllegalArgumentException("a national credit scheme needs its name");
        }
        if (kind != Kind.NATIONAL && scheme != null) {
            throw new IllegalArgumentException("only a national credit scheme has a name");
        }
    }

    public static CreditFramework national(String scheme) {
        return new CreditFramework(Kind.NATIONAL, scheme);
    }

    public boolean hasPoints() {
        return kind != Kind.NONE;
    }

    /** ECVET and ECTS both allocate 60 points to a year of full-time learning (R6a). */
    public boolean allocatesSixtyPointsPerYear() {
        return kind == Kind.ECVET || kind == Kind.ECTS;
    }

    @Override
    public String toString() {
        return kind == Kind.NATIONAL ? "NATIONAL:" + scheme : kind.name();
    }
}
