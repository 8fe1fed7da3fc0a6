package org.ecvetledger.app.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ecvetledger.projections.transcript.AttemptView;
import org.ecvetledger.projections.transcript.DecisionView;
import org.ecvetledger.projections.transcript.LearningOutcomeView;
import org.ecvetledger.projections.transcript.TranscriptUnitView;
import org.ecvetledger.projections.transcript.TranscriptView;

/**
 * The personal transcript as CSV (RFC 4180): one line per unit or part of a unit, with the same facts
 * as the JSON; lists are joined with {@code ;}. Totals stay in the JSON, where each names its sources,
 * and so do the event ids behind each line, the review and revocation details and the credentials.
 */
final class TranscriptCsv {

    static final List<String> HEADER = List.of(
            "learner",
            "qualification",
            "unit",
            "status",
            "partOfUnit",
            "route",
            "jurisdiction",
            "grade",
            "gradingScheme",
            "points",
            "framework",
            "pointsEvent",
            "learningOutcomes",
            "assessedBy",
            "assessedOn",
            "validatedBy",
            "validatedOn",
            "recognisedBy",
            "recognisedOn",
            "validUntil",
            "learningAgreement",
            "host",
            "mobilityStart",
            "mobilityEnd",
            "attempts",
            "pointsNotCounted",
            "pointsNotCountedBecause",
            "migration",
            "transferredFrom",
            "originalPoints",
            "originalGrade",
            "equivalence");

    private TranscriptCsv() {}

    static String write(TranscriptView transcript) {
        var out = new StringBuilder();
        line(out, HEADER);
        for (var unit : transcript.units()) {
            line(out, row(transcript.learner(), unit));
        }
        return out.toString();
    }

    private static List<String> row(String learner, TranscriptUnitView unit) {
        var counted = unit.attempts().stream().filter(AttemptView::counted).toList();
        var assessments = counted.isEmpty() ? unit.attempts() : counted;
        var lastValidation = unit.validations().isEmpty()
                ? null
                : unit.validations().get(unit.validations().size() - 1);
        var recognition = unit.recognition();
        var mobility = unit.mobility();
        var values = new ArrayList<String>();
        values.add(learner);
        values.add(unit.qualification());
        values.add(unit.unit());
        values.add(unit.status().name());
        values.add(String.valueOf(unit.partOfUnit()));
        values.add(unit.route().name());
        values.add(unit.jurisdiction());
        values.add(unit.grade() == null ? null : unit.grade().toPlainString());
        values.add(unit.gradingScheme());
        values.add(unit.points() == null ? null : unit.points().toPlainString());
        values.add(unit.framework());
        values.add(unit.pointsEvent());
        values.add(unit.learningOutcomes().stream().map(LearningOutcomeView::id).collect(Collectors.joining(";")));
        values.add(assessments.stream().map(AttemptView::assessor).distinct().collect(Collectors.joining(";")));
        values.add(assessments.stream().map(a -> a.assessedOn().toString()).collect(Collectors.joining(";")));
        values.add(lastValidation == null ? null : lastValidation.institution());
        values.add(
                lastValidation == null ? null : lastValidation.effectiveDate().toString());
        values.add(recognition == null ? null : recognition.institution());
        values.add(recognition == null ? null : date(recognition));
        values.add(unit.validUntil() == null ? null : unit.validUntil().toString());
        values.add(mobility == null ? null : mobility.learningAgreement());
        values.add(mobility == null ? null : mobility.host());
        values.add(
                mobility == null || mobility.start() == null
                        ? null
                        : mobility.start().toString());
        values.add(
                mobility == null || mobility.end() == null
                        ? null
                        : mobility.end().toString());
        values.add(String.valueOf(unit.attempts().size()));
        // R7: a recognition whose points no longer count (revoked, expired, migrated) shows them apart
        values.add(
                unit.pointsNotCounted() == null ? null : unit.pointsNotCounted().toPlainString());
        values.add(
                unit.pointsNotCountedBecause() == null
                        ? null
                        : unit.pointsNotCountedBecause().name());
        var migration = unit.migration();
        values.add(
                migration == null
                        ? null
                        : migration.from() + " > " + (migration.to() == null ? "not mapped" : migration.to())
                                + (migration.coverage() == null ? "" : " " + migration.coverage()) + " ("
                                + migration.previousStandard() + " to " + migration.standard() + ")");
        // a transfer's original values beside the converted ones (points, grade) already in the row
        var transfer = unit.transfer();
        values.add(transfer == null ? null : transfer.sourceQualification() + " " + transfer.sourceUnit());
        values.add(
                transfer == null || transfer.originalPoints() == null
                        ? null
                        : transfer.originalPoints().toPlainString() + " " + transfer.originalFramework());
        values.add(
                transfer == null || transfer.originalGrade() == null
                        ? null
                        : transfer.originalGrade().toPlainString()
                                + (transfer.originalGradingScale() == null
                                        ? ""
                                        : " (" + transfer.originalGradingScale() + ")"));
        values.add(
                transfer == null || transfer.equivalence() == null
                        ? null
                        : transfer.equivalence() + " v" + transfer.equivalenceVersion());
        return values;
    }

    private static String date(DecisionView decision) {
        return decision.effectiveDate().toString();
    }

    private static void line(StringBuilder out, List<String> values) {
        out.append(values.stream().map(TranscriptCsv::field).collect(Collectors.joining(",")))
                .append("\r\n");
    }

    /** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes; a leading formula sign is quoted away. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        var text = value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text; // spreadsheet formula injection
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
