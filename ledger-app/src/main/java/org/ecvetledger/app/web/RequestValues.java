package org.ecvetledger.app.web;

import java.util.HashSet;
import java.util.List;

/**
 * Request values every API area reads the same way: absent lists, optional free text, entries that
 * must not repeat. One place, so the catalogue, mobility and ledger endpoints answer the same input
 * with the same field names and rules.
 */
public final class RequestValues {

    private RequestValues() {}

    public static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    /** Text as stored: stripped; blank or absent becomes null. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Names every repeated entry of {@code values} as {@code field[i]}, rule {@code unique}. */
    public static void rejectRepeats(InvalidField.Fields fields, String field, List<String> values, String what) {
        var seen = new HashSet<String>();
        for (int i = 0; i < values.size(); i++) {
            var value = values.get(i) == null ? null : values.get(i).strip();
            if (value != null && !value.isEmpty() && !seen.add(value)) {
                fields.reject(field + "[" + i + "]", "unique", what + " " + value + " appears twice");
            }
        }
    }

    /** Learning outcome ids, each at most once ({@code unique}); stripped, in the order given. */
    public static List<String> learningOutcomes(InvalidField.Fields fields, String field, List<String> texts) {
        var values = orEmpty(texts);
        rejectRepeats(fields, field, values, "learning outcome");
        return values.stream().map(String::strip).distinct().toList();
    }
}
