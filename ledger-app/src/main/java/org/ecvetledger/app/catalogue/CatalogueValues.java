package org.ecvetledger.app.catalogue;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.Jurisdiction;
import org.ecvetledger.domain.shared.MultilingualText;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitCode;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * The catalogue's request values on their way to domain values. The patterns repeat the forms the
 * domain's identifiers accept, so Bean Validation names a bad one together with every other bad
 * field; whatever a domain constructor still refuses becomes an {@link InvalidField}.
 */
final class CatalogueValues {

    /** Blank text is left to {@code @NotBlank}, so a missing value is reported once, as {@code required}. */
    private static final String BLANK_OR = "\\s*|";

    static final String INSTITUTION_ID = BLANK_OR + "[A-Za-z0-9][A-Za-z0-9._-]{1,63}";
    static final String INSTITUTION_ID_MESSAGE = "must be 2 to 64 letters, digits, '.', '_' or '-'";
    static final String QUALIFICATION_ID = BLANK_OR + "[A-Za-z0-9][A-Za-z0-9._-]{1,63}";
    static final String QUALIFICATION_ID_MESSAGE = "must be 2 to 64 letters, digits, '.', '_' or '-'";
    static final String UNIT_CODE = BLANK_OR + "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    static final String UNIT_CODE_MESSAGE = "must be 1 to 64 letters, digits, '.', '_' or '-'";
    static final String UNIT_REF = BLANK_OR + "[A-Za-z0-9][A-Za-z0-9._-]{0,63}@[1-9][0-9]{0,8}";
    static final String UNIT_REF_MESSAGE = "must name a unit version as CODE@VERSION, e.g. U31@1";
    static final String LEARNING_OUTCOME_ID = BLANK_OR + "[A-Za-z0-9][A-Za-z0-9._-]{0,31}";
    static final String LEARNING_OUTCOME_ID_MESSAGE = "must be 1 to 32 letters, digits, '.', '_' or '-'";
    static final String JURISDICTION = BLANK_OR + "[A-Z]{2}(/[\\p{L}\\p{N}][\\p{L}\\p{N} ._'-]{0,62})*";
    static final String JURISDICTION_MESSAGE =
            "must be a two-letter country code, then regions or communities separated by '/', e.g. IT/Lazio";
    static final String LANGUAGE = BLANK_OR + "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";
    static final String LANGUAGE_MESSAGE = "must be a language tag such as en, fr or pt-BR";
    static final String EARLIEST_DATE = "1900-01-01";

    private CatalogueValues() {}

    static InstitutionId institutionId(String field, String value) {
        return InvalidField.check(field, () -> new InstitutionId(value));
    }

    static QualificationId qualificationId(String field, String value) {
        return InvalidField.check(field, () -> new QualificationId(value));
    }

    /** A unit version named by two path parameters. */
    static UnitRef unitRef(String codeField, String code, String versionField, int version) {
        var unitCode = InvalidField.check(codeField, () -> new UnitCode(code));
        return InvalidField.check(versionField, () -> new UnitRef(unitCode, version));
    }

    /** A standard version named by two path parameters. */
    static QualificationRef qualificationRef(String idField, String id, String versionField, int version) {
        var qualificationId = qualificationId(idField, id);
        return InvalidField.check(versionField, () -> new QualificationRef(qualificationId, version));
    }

    /** A unit version written {@code CODE@VERSION} in a query parameter; null when not given. */
    static UnitRef unitRefOrNull(String field, String text) {
        return text == null || text.isBlank() ? null : InvalidField.check(field, () -> UnitRef.parse(text.strip()));
    }

    static MultilingualText text(InvalidField.Fields fields, String field, Map<String, String> texts) {
        return fields.check(field, () -> new MultilingualText(texts));
    }

    static Jurisdiction jurisdiction(InvalidField.Fields fields, String field, String text) {
        return fields.check(field, () -> Jurisdiction.of(text));
    }

    static UnitRef unitRef(InvalidField.Fields fields, String field, String text) {
        return fields.check(field, () -> UnitRef.parse(text));
    }

    /** A date text that Bean Validation already found to be ISO 8601; null stays null. */
    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    static <T> T orDefault(T value, Supplier<T> fallback) {
        return value != null ? value : fallback.get();
    }

    /** A multilingual text as JSON: language → text. */
    static Map<String, String> json(MultilingualText text) {
        return text == null ? null : text.texts();
    }
}
