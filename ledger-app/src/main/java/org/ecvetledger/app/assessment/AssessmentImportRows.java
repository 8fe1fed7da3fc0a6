package org.ecvetledger.app.assessment;

import static org.ecvetledger.app.assessment.AssessmentImportFile.ACHIEVED;
import static org.ecvetledger.app.assessment.AssessmentImportFile.ASSESSED_ON;
import static org.ecvetledger.app.assessment.AssessmentImportFile.CRITERIA_REFERENCE;
import static org.ecvetledger.app.assessment.AssessmentImportFile.EVIDENCE_DOCUMENT;
import static org.ecvetledger.app.assessment.AssessmentImportFile.EVIDENCE_SHA256;
import static org.ecvetledger.app.assessment.AssessmentImportFile.GRADE;
import static org.ecvetledger.app.assessment.AssessmentImportFile.GRADING_SCHEME;
import static org.ecvetledger.app.assessment.AssessmentImportFile.LEARNER;
import static org.ecvetledger.app.assessment.AssessmentImportFile.LEARNING_AGREEMENT;
import static org.ecvetledger.app.assessment.AssessmentImportFile.METHOD;
import static org.ecvetledger.app.assessment.AssessmentImportFile.NOT_ACHIEVED;
import static org.ecvetledger.app.assessment.AssessmentImportFile.QUALIFICATION;
import static org.ecvetledger.app.assessment.AssessmentImportFile.QUALIFICATION_VERSION;
import static org.ecvetledger.app.assessment.AssessmentImportFile.SETTING;
import static org.ecvetledger.app.assessment.AssessmentImportFile.UNIT_CODE;
import static org.ecvetledger.app.assessment.AssessmentImportFile.UNIT_VERSION;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ecvetledger.domain.assessment.AssessmentContent;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.Evidence;
import org.ecvetledger.domain.assessment.LearningSetting;
import org.ecvetledger.domain.assessment.OutcomeResult;
import org.ecvetledger.domain.assessment.UnitGrade;
import org.ecvetledger.domain.learningagreement.LearningAgreementId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AssessmentMethod;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * The rows of an import file read into the assessments they record, checked as the recording
 * endpoint checks its body (the same patterns and bounds), and each given its identity: a name-based
 * UUID (version 5) over the importing institution, the learner, the unit version and the day, so the
 * same row uploaded again names the same assessment (ADR 0019).
 */
final class AssessmentImportRows {

    /** The namespace of the rows' identities; changing it would make every imported row new again. */
    static final UUID NAMESPACE = UUID.fromString("6b1f0d3e-6c55-4d1a-9a57-1f2f0a3c9e21");

    private static final Pattern QUALIFICATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");
    private static final Pattern UNIT_CODE_FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,8}");
    private static final Pattern OUTCOME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern GRADE_FORM = Pattern.compile("-?[0-9]{1,4}(\\.[0-9]{1,2})?");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;\\s]+");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** Why a row cannot be imported as it stands: the rule, the column at fault (or null), a sentence. */
    record Finding(String rule, String column, String detail) {}

    /**
     * One row: where it is, what it names (as written, for the report), and either the assessment it
     * records with its identity, or the first value the ledger cannot take.
     */
    record ImportRow(
            int line,
            String learnerId,
            String unit,
            String assessedOn,
            AssessmentId assessmentId,
            AssessmentContent content,
            Finding error) {}

    private AssessmentImportRows() {}

    static List<ImportRow> read(List<AssessmentImportFile.Row> rows, Actor assessor) {
        return rows.stream().map(row -> read(row, assessor)).toList();
    }

    static ImportRow read(AssessmentImportFile.Row row, Actor assessor) {
        var reader = new Reader(row);
        var learner = reader.uuid(LEARNER, true);
        var qualification =
                reader.matching(QUALIFICATION, QUALIFICATION_ID, true, "2 to 64 letters, digits, '.', '_' or '-'");
        var qualificationVersion = reader.version(QUALIFICATION_VERSION);
        var unitCode = reader.matching(UNIT_CODE, UNIT_CODE_FORM, true, "1 to 64 letters, digits, '.', '_' or '-'");
        var unitVersion = reader.version(UNIT_VERSION);
        var assessedOn = reader.date(ASSESSED_ON);
        var method = reader.oneOf(METHOD, AssessmentMethod.class);
        var setting = reader.oneOf(SETTING, LearningSetting.class);
        var achieved = reader.outcomes(ACHIEVED);
        var notAchieved = reader.outcomes(NOT_ACHIEVED);
        var grade = reader.grade(GRADE);
        var gradingScheme = reader.text(GRADING_SCHEME, 100);
        var agreement = reader.uuid(LEARNING_AGREEMENT, false);
        var evidenceDocument = reader.text(EVIDENCE_DOCUMENT, 200);
        var evidenceSha256 =
                reader.matching(EVIDENCE_SHA256, SHA256, false, "a SHA-256 digest as 64 lower-case hexadecimal digits");
        var criteria = reader.text(CRITERIA_REFERENCE, 500);

        var unit = unitCode == null || unitVersion == null ? null : UnitRef.of(unitCode, unitVersion);
        AssessmentId identity = learner == null || unit == null || assessedOn == null
                ? null
                : identity(assessor.institution(), learner, unit, assessedOn);
        if (achieved != null && notAchieved != null) {
            if (achieved.isEmpty() && notAchieved.isEmpty()) {
                reader.reject(ACHIEVED, "required", "names at least one learning outcome, achieved or not");
            }
            var seen = new HashSet<String>();
            for (var outcome : concat(achieved, notAchieved)) {
                if (!seen.add(outcome)) {
                    reader.reject(
                            achieved.contains(outcome) && !notAchieved.contains(outcome) ? ACHIEVED : NOT_ACHIEVED,
                            "repeated-outcome",
                            "names learning outcome " + outcome + " twice");
                    break;
                }
            }
        }
        if ((evidenceDocument == null) != (evidenceSha256 == null) && reader.error == null) {
            reader.reject(
                    evidenceDocument == null ? EVIDENCE_DOCUMENT : EVIDENCE_SHA256,
                    "required",
                    "evidence names its document and that document's SHA-256, both or neither");
        }
        var unitText = unitCode == null || unitVersion == null
                ? row.value(UNIT_CODE) + "@" + row.value(UNIT_VERSION)
                : unit.toString();
        if (reader.error != null) {
            return new ImportRow(
                    row.line(), row.value(LEARNER), unitText, row.value(ASSESSED_ON), identity, null, reader.error);
        }
        var results = new ArrayList<OutcomeResult>();
        achieved.forEach(outcome -> results.add(new OutcomeResult(unit, outcome, true)));
        notAchieved.forEach(outcome -> results.add(new OutcomeResult(unit, outcome, false)));
        var content = new AssessmentContent(
                new LearnerId(learner),
                QualificationRef.of(qualification, qualificationVersion),
                assessor,
                method,
                setting,
                assessedOn,
                results,
                grade == null ? List.of() : List.of(new UnitGrade(unit, grade)),
                gradingScheme,
                agreement == null ? null : new LearningAgreementId(agreement),
                evidenceDocument == null ? List.of() : List.of(new Evidence(evidenceDocument, evidenceSha256)),
                criteria);
        return new ImportRow(row.line(), learner.toString(), unitText, assessedOn.toString(), identity, content, null);
    }

    /**
     * UUID version 5 (RFC 9562 §5.5) of {@code institution|learner|unit@version|day}: a row names the
     * same assessment whenever and however often it is uploaded by the same institution.
     */
    static AssessmentId identity(InstitutionId institution, UUID learner, UnitRef unit, LocalDate assessedOn) {
        var name = institution.value() + "|" + learner + "|" + unit + "|" + assessedOn;
        try {
            var sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(bytes(NAMESPACE));
            var hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
            long high = 0;
            long low = 0;
            for (int i = 0; i < 8; i++) {
                high = (high << 8) | (hash[i] & 0xff);
                low = (low << 8) | (hash[i + 8] & 0xff);
            }
            return new AssessmentId(new UUID(high, low));
        } catch (NoSuchAlgorithmException impossible) {
            // every Java platform implements SHA-1 (java.security.MessageDigest's contract)
            throw new IllegalStateException(impossible);
        }
    }

    private static byte[] bytes(UUID uuid) {
        var bytes = new byte[16];
        long high = uuid.getMostSignificantBits();
        long low = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (high >>> (56 - 8 * i));
            bytes[i + 8] = (byte) (low >>> (56 - 8 * i));
        }
        return bytes;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        var all = new ArrayList<String>(first);
        all.addAll(second);
        return all;
    }

    /** Reads one row's values, remembering the first that is wrong (columns are read in the file's logical order). */
    private static final class Reader {

        private final AssessmentImportFile.Row row;
        private Finding error;

        Reader(AssessmentImportFile.Row row) {
            this.row = row;
        }

        void reject(String column, String rule, String detail) {
            if (error == null) {
                error = new Finding(rule, column, column + " " + detail);
            }
        }

        private String required(String column) {
            var value = row.value(column);
            if (value.isEmpty()) {
                reject(column, "required", "is required");
                return null;
            }
            return value;
        }

        UUID uuid(String column, boolean required) {
            var value = required ? required(column) : blankToNull(row.value(column));
            if (value == null) {
                return null;
            }
            if (!UUID_FORM.matcher(value).matches()) {
                reject(column, "pattern", "must be a valid UUID");
                return null;
            }
            return UUID.fromString(value);
        }

        String matching(String column, Pattern pattern, boolean required, String form) {
            var value = required ? required(column) : blankToNull(row.value(column));
            if (value == null) {
                return null;
            }
            if (!pattern.matcher(value).matches()) {
                reject(column, "pattern", "must be " + form);
                return null;
            }
            return value;
        }

        Integer version(String column) {
            var value = required(column);
            if (value == null) {
                return null;
            }
            if (!VERSION.matcher(value).matches()) {
                reject(column, "pattern", "must be a version number, 1 or more");
                return null;
            }
            return Integer.valueOf(value);
        }

        LocalDate date(String column) {
            var value = required(column);
            if (value == null) {
                return null;
            }
            try {
                var date = LocalDate.parse(value);
                if (date.isBefore(EARLIEST)) {
                    reject(column, "not-before", "must not be before " + EARLIEST);
                    return null;
                }
                return date;
            } catch (DateTimeParseException e) {
                reject(column, "format", "must be a date as YYYY-MM-DD");
                return null;
            }
        }

        <E extends Enum<E>> E oneOf(String column, Class<E> type) {
            var value = required(column);
            if (value == null) {
                return null;
            }
            for (var constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return constant;
                }
            }
            reject(
                    column,
                    "one-of",
                    "must be one of "
                            + String.join(
                                    ", ",
                                    Arrays.stream(type.getEnumConstants())
                                            .map(Enum::name)
                                            .toList()));
            return null;
        }

        List<String> outcomes(String column) {
            var value = row.value(column);
            if (value.isEmpty()) {
                return List.of();
            }
            var outcomes = new ArrayList<String>();
            for (var outcome : LIST_SEPARATOR.split(value)) {
                if (outcome.isEmpty()) {
                    continue;
                }
                if (!OUTCOME.matcher(outcome).matches()) {
                    reject(
                            column,
                            "pattern",
                            "names learning outcomes separated by ';', each 1 to 32 letters, digits, '.', '_' or '-' ("
                                    + outcome + " is not)");
                    return null;
                }
                outcomes.add(outcome);
            }
            return outcomes;
        }

        BigDecimal grade(String column) {
            var value = blankToNull(row.value(column));
            if (value == null) {
                return null;
            }
            if (!GRADE_FORM.matcher(value).matches()) {
                reject(column, "digits", "must be a number with at most 4 digits before the point and 2 after");
                return null;
            }
            return new BigDecimal(value);
        }

        String text(String column, int maxLength) {
            var value = blankToNull(row.value(column));
            if (value != null && value.length() > maxLength) {
                reject(column, "length", "must be at most " + maxLength + " characters");
                return null;
            }
            return value;
        }

        private static String blankToNull(String value) {
            return value.isEmpty() ? null : value;
        }
    }
}
