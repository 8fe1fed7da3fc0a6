package org.ecvetledger.app.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.app.assessment.AssessmentImportChecks.Candidate;
import org.ecvetledger.app.assessment.AssessmentImportChecks.ClassifyImportedAssessments;
import org.ecvetledger.app.assessment.AssessmentImportChecks.Status;
import org.ecvetledger.app.assessment.AssessmentImportChecks.Verdicts;
import org.ecvetledger.app.assessment.AssessmentImportRows.Finding;
import org.ecvetledger.app.assessment.AssessmentImportRows.ImportRow;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.RecordAssessment;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.LedgerRuleViolation;

/**
 * A bulk import of assessment results (issue 11 item 5, ADR 0019), for the API and the staff page
 * alike: reads the file, classifies every row against the ledger, and — when asked — records the new
 * rows through the ordinary {@link RecordAssessment} command, under each row's own identity. Nothing
 * is recorded in a dry run, nor in an {@code apply} of a file with a conflicting row.
 */
final class AssessmentImporter {

    enum Mode {
        DRY_RUN,
        APPLY,
        APPLY_VALID;

        String text() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The mode a request names, or null for none of them. */
        static Mode of(String text) {
            for (var mode : values()) {
                if (mode.text().equals(text)) {
                    return mode;
                }
            }
            return null;
        }
    }

    /** What became of the import as a whole. */
    enum Outcome {
        /** A dry run: nothing recorded. */
        CHECKED,
        /** Every row to record is recorded (none may be left: a re-upload then finds every row unchanged). */
        APPLIED,
        /** {@code apply} of a file with conflicting rows: nothing recorded. */
        REFUSED,
        /** A row turned out refused while applying (the ledger changed since the check): rows before it are recorded. */
        INTERRUPTED;

        String text() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One row of the report, in the file's order. */
    record RowReport(
            int line,
            String status,
            String assessmentId,
            String learnerId,
            String unit,
            String assessedOn,
            String column,
            String rule,
            String detail,
            String recordedAs,
            boolean applied) {}

    /** The report of one import: the counts per status, how many rows this request recorded, and every row. */
    record ImportReport(
            String mode, String outcome, int rows, Map<String, Integer> counts, int applied, List<RowReport> results) {

        boolean hasConflicts() {
            return counts.getOrDefault("conflicting", 0) > 0;
        }

        List<RowReport> conflicting() {
            return results.stream()
                    .filter(r -> r.status().equals("conflicting"))
                    .toList();
        }
    }

    static final String REPEATED_ROW = "repeated-row";

    private final CommandGateway commands;
    private final QueryGateway queries;

    AssessmentImporter(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** Imports {@code file} for {@code assessor} (the signed-in staff account, never the file). */
    ImportReport run(byte[] file, Mode mode, Actor assessor, int maxRows) {
        var rows = AssessmentImportRows.read(AssessmentImportFile.read(file, maxRows), assessor);
        var entries = new ArrayList<Entry>();
        rows.forEach(row -> entries.add(new Entry(row)));
        markRepeats(entries);
        classify(entries.stream().filter(e -> e.status == null).toList());

        var outcome = mode == Mode.DRY_RUN ? Outcome.CHECKED : Outcome.APPLIED;
        var conflicting = entries.stream().anyMatch(e -> e.status == Status.CONFLICTING);
        if (mode == Mode.APPLY && conflicting) {
            outcome = Outcome.REFUSED;
        } else if (mode != Mode.DRY_RUN) {
            for (var entry : entries) {
                if (entry.status == Status.NEW && !apply(entry)) {
                    outcome = Outcome.INTERRUPTED;
                    break;
                }
            }
        }
        return report(mode, outcome, entries);
    }

    /** Records one new row; false when the ledger refused it (it is marked conflicting then). */
    private boolean apply(Entry entry) {
        var row = entry.row;
        try {
            commands.sendAndWait(new RecordAssessment(row.assessmentId(), row.content()));
            entry.applied = true;
            return true;
        } catch (LedgerRuleViolation refused) {
            entry.status = Status.CONFLICTING;
            entry.finding = new Finding(refused.rule(), null, refused.getMessage());
            return false;
        } catch (AggregateStreamCreationException | ConcurrencyException raced) {
            // another upload of the same row recorded it a moment ago: the row's identity makes that visible
            classify(List.of(entry));
            if (entry.status == Status.UNCHANGED) {
                return true;
            }
            throw raced;
        }
    }

    /** Rows naming the same learner, unit and day would be one assessment: none of them is taken. */
    private static void markRepeats(List<Entry> entries) {
        var byIdentity = new HashMap<AssessmentId, List<Entry>>();
        for (var entry : entries) {
            if (entry.row.assessmentId() != null) {
                byIdentity
                        .computeIfAbsent(entry.row.assessmentId(), id -> new ArrayList<>())
                        .add(entry);
            }
        }
        for (var entry : entries) {
            if (entry.row.error() != null) {
                entry.status = Status.CONFLICTING;
                entry.finding = entry.row.error();
                continue;
            }
            var same = byIdentity.get(entry.row.assessmentId());
            if (same.size() > 1) {
                entry.status = Status.CONFLICTING;
                entry.finding = new Finding(
                        REPEATED_ROW,
                        null,
                        "lines "
                                + same.stream()
                                        .map(e -> String.valueOf(e.row.line()))
                                        .collect(Collectors.joining(", "))
                                + " name the same learner, unit and day; keep one of them");
            }
        }
    }

    private void classify(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var verdicts = queries.query(
                        new ClassifyImportedAssessments(entries.stream()
                                .map(e -> new Candidate(e.row.assessmentId(), e.row.content()))
                                .toList()),
                        ResponseTypes.instanceOf(Verdicts.class))
                .join()
                .verdicts();
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            var verdict = verdicts.get(i);
            entry.status = verdict.status();
            entry.finding = verdict.finding();
            entry.recordedAs = verdict.recordedAs();
        }
    }

    private static ImportReport report(Mode mode, Outcome outcome, List<Entry> entries) {
        var counts = new LinkedHashMap<String, Integer>();
        for (var status : Status.values()) {
            counts.put(text(status), 0);
        }
        var results = new ArrayList<RowReport>();
        int applied = 0;
        for (var entry : entries) {
            counts.merge(text(entry.status), 1, Integer::sum);
            applied += entry.applied ? 1 : 0;
            var row = entry.row;
            results.add(new RowReport(
                    row.line(),
                    text(entry.status),
                    row.assessmentId() == null ? null : row.assessmentId().toString(),
                    row.learnerId(),
                    row.unit(),
                    row.assessedOn(),
                    entry.finding == null ? null : entry.finding.column(),
                    entry.finding == null ? null : entry.finding.rule(),
                    entry.finding == null ? null : entry.finding.detail(),
                    entry.recordedAs == null ? null : entry.recordedAs.toString(),
                    entry.applied));
        }
        return new ImportReport(mode.text(), outcome.text(), entries.size(), counts, applied, List.copyOf(results));
    }

    static String text(Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** A row on its way through the import. */
    private static final class Entry {
        final ImportRow row;
        Status status;
        Finding finding;
        AssessmentId recordedAs;
        boolean applied;

        Entry(ImportRow row) {
            this.row = row;
        }
    }

    /** The per-row error file: every conflicting row, with the line, column and rule to fix (RFC 4180, UTF-8). */
    static String errorsCsv(ImportReport report) {
        var csv = new StringBuilder("line,column,rule,detail,learnerId,unit,assessedOn,recordedAs\r\n");
        for (var row : report.conflicting()) {
            csv.append(row.line())
                    .append(',')
                    .append(cell(row.column()))
                    .append(',')
                    .append(cell(row.rule()))
                    .append(',')
                    .append(cell(row.detail()))
                    .append(',')
                    .append(cell(row.learnerId()))
                    .append(',')
                    .append(cell(row.unit()))
                    .append(',')
                    .append(cell(row.assessedOn()))
                    .append(',')
                    .append(cell(row.recordedAs()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /**
     * One CSV cell, quoted when needed; a cell a spreadsheet would run as a formula (a leading
     * {@code = + - @}) is prefixed with an apostrophe, since the file echoes text from the upload.
     */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        var text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
