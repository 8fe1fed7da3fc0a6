package org.ecvetledger.app.assessment;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A bulk-import file of assessment results as RFC 4180 CSV in UTF-8 (a byte-order mark is skipped):
 * one header row naming the columns, in any order and any letter case, then one row per assessed
 * unit. What makes the file unreadable as a whole (not UTF-8, an unclosed quote, a row with another
 * number of fields than the header, an unknown, repeated or missing column, too many rows) is a
 * {@link MalformedImportFile} naming the line and the column; what is wrong in one row's values is
 * that row's business, judged later.
 */
final class AssessmentImportFile {

    static final String LEARNER = "learnerId";
    static final String QUALIFICATION = "qualification";
    static final String QUALIFICATION_VERSION = "qualificationVersion";
    static final String UNIT_CODE = "unitCode";
    static final String UNIT_VERSION = "unitVersion";
    static final String ASSESSED_ON = "assessedOn";
    static final String METHOD = "method";
    static final String SETTING = "setting";
    static final String ACHIEVED = "learningOutcomesAchieved";
    static final String NOT_ACHIEVED = "learningOutcomesNotAchieved";
    static final String GRADE = "grade";
    static final String GRADING_SCHEME = "gradingScheme";
    static final String LEARNING_AGREEMENT = "learningAgreement";
    static final String EVIDENCE_DOCUMENT = "evidenceDocument";
    static final String EVIDENCE_SHA256 = "evidenceSha256";
    static final String CRITERIA_REFERENCE = "criteriaReference";

    /** Every column a file may have, in the order the API guide lists them. */
    static final List<String> COLUMNS = List.of(
            LEARNER,
            QUALIFICATION,
            QUALIFICATION_VERSION,
            UNIT_CODE,
            UNIT_VERSION,
            ASSESSED_ON,
            METHOD,
            SETTING,
            ACHIEVED,
            NOT_ACHIEVED,
            GRADE,
            GRADING_SCHEME,
            LEARNING_AGREEMENT,
            EVIDENCE_DOCUMENT,
            EVIDENCE_SHA256,
            CRITERIA_REFERENCE);

    /** The columns a header must name; the others may be left out. */
    static final List<String> REQUIRED_COLUMNS = List.of(
            LEARNER, QUALIFICATION, QUALIFICATION_VERSION, UNIT_CODE, UNIT_VERSION, ASSESSED_ON, METHOD, SETTING);

    private static final Map<String, String> BY_LOWER_CASE = new HashMap<>();

    static {
        COLUMNS.forEach(column -> BY_LOWER_CASE.put(column.toLowerCase(Locale.ROOT), column));
    }

    /** One data row: the physical line it starts on (the header is line 1) and its values by column name. */
    record Row(int line, Map<String, String> values) {
        String value(String column) {
            var value = values.get(column);
            return value == null ? "" : value.strip();
        }
    }

    private AssessmentImportFile() {}

    /** The data rows of {@code bytes}; at most {@code maxRows} of them, or the file is refused. */
    static List<Row> read(byte[] bytes, int maxRows) {
        var text = decode(bytes);
        var records = new Parser(text).records(maxRows + 1);
        if (records.isEmpty()) {
            throw new MalformedImportFile(1, null, "no-header", "the file is empty: its first line names the columns");
        }
        var header = records.get(0);
        var columns = columns(header);
        var rows = new ArrayList<Row>();
        for (int r = 1; r < records.size(); r++) {
            var record = records.get(r);
            if (record.fields().size() == 1 && record.fields().get(0).isBlank()) {
                continue; // a blank line (a trailing newline, a spacer) is no row
            }
            if (record.fields().size() != columns.size()) {
                throw new MalformedImportFile(
                        record.line(),
                        record.fields().size() > columns.size()
                                ? "#" + (columns.size() + 1)
                                : columns.get(record.fields().size()),
                        "field-count",
                        "line " + record.line() + " has " + record.fields().size() + " fields where the header names "
                                + columns.size() + " columns");
            }
            if (rows.size() == maxRows) {
                throw new TooManyRows(maxRows);
            }
            var values = new LinkedHashMap<String, String>();
            for (int c = 0; c < columns.size(); c++) {
                values.put(columns.get(c), record.fields().get(c));
            }
            rows.add(new Row(record.line(), values));
        }
        if (rows.isEmpty()) {
            throw new MalformedImportFile(2, null, "no-rows", "the file holds a header but no row");
        }
        return rows;
    }

    private static List<String> columns(Parser.Record header) {
        var columns = new ArrayList<String>();
        for (int c = 0; c < header.fields().size(); c++) {
            var name = header.fields().get(c).strip();
            if (c == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            var column = BY_LOWER_CASE.get(name.toLowerCase(Locale.ROOT));
            if (column == null) {
                throw new MalformedImportFile(
                        1,
                        name.isEmpty() ? "#" + (c + 1) : name,
                        "unknown-column",
                        "column " + (c + 1) + " '" + name + "' is none of " + String.join(", ", COLUMNS));
            }
            if (columns.contains(column)) {
                throw new MalformedImportFile(1, column, "repeated-column", "the header names " + column + " twice");
            }
            columns.add(column);
        }
        for (var required : REQUIRED_COLUMNS) {
            if (!columns.contains(required)) {
                throw new MalformedImportFile(
                        1, required, "missing-column", "the header must name the column " + required);
            }
        }
        if (!columns.contains(ACHIEVED) && !columns.contains(NOT_ACHIEVED)) {
            throw new MalformedImportFile(
                    1,
                    ACHIEVED,
                    "missing-column",
                    "the header must name " + ACHIEVED + " or " + NOT_ACHIEVED + " (or both)");
        }
        return List.copyOf(columns);
    }

    private static String decode(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = CharBuffer.allocate(bytes.length + 1); // UTF-8 never decodes to more chars than bytes
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new MalformedImportFile(
                    line, null, "encoding", "line " + line + " is not UTF-8 (byte " + (in.position() + 1) + ")");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** RFC 4180: fields separated by commas, records by CRLF or LF, quotes doubled inside quoted fields. */
    private static final class Parser {

        record Record(int line, List<String> fields) {}

        private final String text;
        private int position;
        private int line = 1;

        Parser(String text) {
            this.text = text;
        }

        /** The records, stopping after {@code limit} non-blank data records (the caller refuses more). */
        List<Record> records(int limit) {
            var records = new ArrayList<Record>();
            int data = 0;
            while (position < text.length() && data <= limit) {
                var record = record();
                records.add(record);
                if (records.size() > 1
                        && !(record.fields().size() == 1
                                && record.fields().get(0).isBlank())) {
                    data++;
                }
            }
            return records;
        }

        private Record record() {
            int start = line;
            var fields = new ArrayList<String>();
            var field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            int quoteLine = line;
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (quoted) {
                    if (c == '"') {
                        if (position < text.length() && text.charAt(position) == '"') {
                            field.append('"');
                            position++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                } else if (c == '"') {
                    if (field.length() > 0 || wasQuoted) {
                        throw new MalformedImportFile(
                                line,
                                "#" + (fields.size() + 1),
                                "stray-quote",
                                "line " + line + ", field " + (fields.size() + 1)
                                        + ": a quote inside an unquoted field (quote the whole field and double it)");
                    }
                    quoted = true;
                    wasQuoted = true;
                    quoteLine = line;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
                        position++;
                    }
                    line++;
                    fields.add(field.toString());
                    return new Record(start, List.copyOf(fields));
                } else if (wasQuoted) {
                    throw new MalformedImportFile(
                            line,
                            "#" + (fields.size() + 1),
                            "stray-quote",
                            "line " + line + ", field " + (fields.size() + 1)
                                    + ": text after the closing quote of a quoted field");
                } else {
                    field.append(c);
                }
            }
            if (quoted) {
                throw new MalformedImportFile(
                        quoteLine,
                        "#" + (fields.size() + 1),
                        "unclosed-quote",
                        "line " + quoteLine + ", field " + (fields.size() + 1) + ": a quoted field is never closed");
            }
            fields.add(field.toString());
            return new Record(start, List.copyOf(fields));
        }
    }

    /** The file cannot be read as an import: the line and column (a name, or {@code #n}) at fault, and the rule. */
    static final class MalformedImportFile extends RuntimeException {

        private final int line;
        private final String column;
        private final String rule;

        MalformedImportFile(int line, String column, String rule, String detail) {
            super(detail);
            this.line = line;
            this.column = column;
            this.rule = rule;
        }

        int line() {
            return line;
        }

        String column() {
            return column;
        }

        String rule() {
            return rule;
        }
    }

    /** More rows than one import takes. */
    static final class TooManyRows extends RuntimeException {

        private final int maxRows;

        TooManyRows(int maxRows) {
            super("the file holds more than " + maxRows + " rows; split it into files of at most " + maxRows);
            this.maxRows = maxRows;
        }

        int maxRows() {
            return maxRows;
        }
    }
}
