package org.ecvetledger.domain.shared;

import java.util.Objects;

/** One version of a unit of learning outcomes; its text form {@code U31@2} is the aggregate identifier. */
public record UnitRef(UnitCode code, int version) {

    public UnitRef {
        Objects.requireNonNull(code, "unit code");
        if (version < 1) {
            throw new IllegalArgumentException("a unit version starts at 1: " + version);
        }
    }

    public static UnitRef of(String code, int version) {
        return new UnitRef(new UnitCode(code), version);
    }

    /** Parses {@code CODE@VERSION}. */
    public static UnitRef parse(String text) {
        int at = text == null ? -1 : text.lastIndexOf('@');
        if (at < 1) {
            throw new IllegalArgumentException("a unit reference reads CODE@VERSION: " + text);
        }
        try {
            return of(text.substring(0, at), Integer.parseInt(text.substring(at + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a unit reference reads CODE@VERSION: " + text, e);
        }
    }

    @Override
    public String toString() {
        return code + "@" + version;
    }
}
