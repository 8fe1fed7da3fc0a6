package org.ecvetledger.domain.shared;

import java.util.regex.Pattern;

/**
 * Identifier of a competent institution, chosen by the ledger's users: a short, stable code such as
 * {@code FR-LYCEE-BRANLY} or an Erasmus code. Letters, digits, dots, dashes and underscores; never
 * UUID-shaped, since UUIDs identify other aggregates in the same event store.
 */
public record InstitutionId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");
    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public InstitutionId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "an institution id is 2 to 64 letters, digits, '.', '_' or '-': " + value);
        }
        // UUIDs identify learners, agreements and equivalences in the same event store: keep the spaces apart
        if (UUID_FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("an institution id is a code, not a UUID: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
