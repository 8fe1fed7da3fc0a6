package org.ecvetledger.domain.shared;

import java.util.regex.Pattern;

/** The code of a unit of learning outcomes, stable across its versions: {@code U31}, {@code MT-CARE-101}. */
public record UnitCode(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public UnitCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a unit code is 1 to 64 letters, digits, '.', '_' or '-': " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
