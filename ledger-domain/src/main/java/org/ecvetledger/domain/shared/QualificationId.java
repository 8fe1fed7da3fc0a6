package org.ecvetledger.domain.shared;

import java.util.regex.Pattern;

/** Identifier of a qualification standard, stable across its versions: {@code FR-BACPRO-MELEC}. */
public record QualificationId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");

    public QualificationId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "a qualification id is 2 to 64 letters, digits, '.', '_' or '-': " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
