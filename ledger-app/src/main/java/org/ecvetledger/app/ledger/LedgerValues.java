package org.ecvetledger.app.ledger;

import static org.ecvetledger.app.web.RequestValues.orEmpty;
import static org.ecvetledger.app.web.RequestValues.rejectRepeats;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * The learner ledger's request values on their way to domain values. The patterns repeat the forms
 * the domain's identifiers accept, so Bean Validation names a bad one together with every other bad
 * field; whatever a domain constructor still refuses becomes an {@link InvalidField}.
 */
final class LedgerValues {

    /** Blank text is left to {@code @NotBlank}, so a missing value is reported once, as {@code required}. */
    private static final String BLANK_OR = "\\s*|";

    static final String QUALIFICATION_ID = BLANK_OR + "[A-Za-z0-9][A-Za-z0-9._-]{1,63}";
    static final String QUALIFICATION_ID_MESSAGE = "must be 2 to 64 letters, digits, '.', '_' or '-'";
    static final String UNIT_REF = BLANK_OR + "[A-Za-z0-9][A-Za-z0-9._-]{0,63}@[1-9][0-9]{0,8}";
    static final String UNIT_REF_MESSAGE = "must name a unit version as CODE@VERSION, e.g. U31@1";
    static final String LEARNING_OUTCOME_ID = BLANK_OR + "[A-Za-z0-9][A-Za-z0-9._-]{0,31}";
    static final String LEARNING_OUTCOME_ID_MESSAGE = "must be 1 to 32 letters, digits, '.', '_' or '-'";
    static final String UUID_FORM =
            BLANK_OR + "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    static final String UUID_MESSAGE = "must be a valid UUID";
    static final String SHA256 = BLANK_OR + "[0-9a-f]{64}";
    static final String SHA256_MESSAGE = "must be a SHA-256 digest as 64 lower-case hexadecimal digits";
    static final String EARLIEST_DATE = "1900-01-01";

    private LedgerValues() {}

    static QualificationId qualification(InvalidField.Fields fields, String field, String text) {
        return fields.check(field, () -> new QualificationId(text.strip()));
    }

    static UnitRef unit(InvalidField.Fields fields, String field, String text) {
        return fields.check(field, () -> UnitRef.parse(text.strip()));
    }

    /** Assessment ids, each at most once ({@code unique}). */
    static List<AssessmentId> assessments(InvalidField.Fields fields, String field, List<String> texts) {
        var values = orEmpty(texts);
        rejectRepeats(
                fields,
                field,
                values.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList(),
                "assessment");
        return values.stream()
                .map(text -> new AssessmentId(UUID.fromString(text.strip())))
                .distinct()
                .toList();
    }

    /** A date text that Bean Validation already found to be ISO 8601. */
    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text.strip());
    }
}
