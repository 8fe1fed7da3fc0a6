package org.ecvetledger.app.mobility;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * Mobility request values on their way to domain values. The patterns repeat the forms the domain's
 * identifiers accept, so Bean Validation names a bad one together with every other bad field; what
 * a domain constructor still refuses becomes an {@link InvalidField}.
 */
final class MobilityValues {

    /** Blank text is left to {@code @NotBlank}, so a missing value is reported once, as {@code required}. */
    private static final String BLANK_OR = "\\s*|";

    static final String INSTITUTION_ID = BLANK_OR + "[A-Za-z0-9][A-Za-z0-9._-]{1,63}";
    static final String INSTITUTION_ID_MESSAGE = "must be 2 to 64 letters, digits, '.', '_' or '-'";
    static final String STANDARD_REF = BLANK_OR + "[A-Za-z0-9][A-Za-z0-9._-]{1,63}@[1-9][0-9]{0,8}";
    static final String STANDARD_REF_MESSAGE =
            "must name a qualification standard version as ID@VERSION, e.g. FR-BACPRO-MELEC@1";
    static final String UNIT_REF = BLANK_OR + "[A-Za-z0-9][A-Za-z0-9._-]{0,63}@[1-9][0-9]{0,8}";
    static final String UNIT_REF_MESSAGE = "must name a unit version as CODE@VERSION, e.g. U31@1";
    static final String LEARNING_OUTCOME_ID = BLANK_OR + "[A-Za-z0-9][A-Za-z0-9._-]{0,31}";
    static final String LEARNING_OUTCOME_ID_MESSAGE = "must be 1 to 32 letters, digits, '.', '_' or '-'";
    static final String UUID = BLANK_OR + "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    static final String UUID_MESSAGE = "must be a valid UUID";
    static final String EARLIEST_DATE = "1900-01-01";

    private MobilityValues() {}

    static InstitutionId institution(InvalidField.Fields fields, String field, String value) {
        return fields.check(field, () -> new InstitutionId(value.strip()));
    }

    static UnitRef unit(InvalidField.Fields fields, String field, String text) {
        return fields.check(field, () -> UnitRef.parse(text.strip()));
    }

    /** A standard version written {@code ID@VERSION}. */
    static QualificationRef standard(InvalidField.Fields fields, String field, String text) {
        return fields.check(field, () -> parseStandard(text));
    }

    static QualificationRef parseStandard(String text) {
        var stripped = text.strip();
        int at = stripped.lastIndexOf('@');
        if (at < 1) {
            throw new IllegalArgumentException("a standard version reads ID@VERSION: " + text);
        }
        try {
            return QualificationRef.of(stripped.substring(0, at), Integer.parseInt(stripped.substring(at + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a standard version reads ID@VERSION: " + text, e);
        }
    }

    /** A query parameter naming an institution; null when not given. */
    static InstitutionId institutionOrNull(String field, String text) {
        return text == null || text.isBlank() ? null : InvalidField.check(field, () -> new InstitutionId(text.strip()));
    }

    /**
     * A query parameter naming a constant of {@code type}, any case; blank when not given. Answers it
     * as given, for the query; refuses any other name as {@code one-of}.
     */
    static String oneOfOrNull(String field, String text, Class<? extends Enum<?>> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (names.stream().noneMatch(name -> name.equalsIgnoreCase(text.strip()))) {
            throw new InvalidField(field, "one-of", "must be one of " + String.join(", ", names));
        }
        return text.strip();
    }

    /** A date text that Bean Validation already found to be ISO 8601; null stays null. */
    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /** A date in a list, where {@code @IsoDate} cannot be put: null when the text is not an ISO 8601 date. */
    static LocalDate isoDateOrNull(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
