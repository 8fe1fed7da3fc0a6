package org.ecvetledger.app.transcript;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.stream.Collectors;
import org.ecvetledger.projections.transcript.AwardView;
import org.ecvetledger.projections.transcript.TranscriptUnitView;
import org.ecvetledger.projections.transcript.TranscriptView;

/**
 * The personal transcript printed (ADR 0020): who it is about, the time it shows (asOf, knownAt), the
 * qualifications with their awards, every unit or part of a unit with its status, grade and scheme,
 * points and framework, who recognised it and where it came from, and the totals per framework. The
 * event ids behind each line stay in the JSON, where they can be followed.
 */
final class TranscriptPdf {

    private TranscriptPdf() {}

    /** The learner's name as printed: null when it is erased (ADR 0003) or not yet in the learner view. */
    record Learner(String givenName, String familyName, boolean erased) {
        String printed() {
            if (erased) {
                return "personal data erased";
            }
            return givenName == null && familyName == null ? "name not available" : givenName + " " + familyName;
        }
    }

    static PrintedDocument document(TranscriptView transcript, Learner learner, Instant printedAt) {
        var doc = PrintedDocument.begin("Personal transcript: " + learner.printed(), true);
        doc.element("div", "programme", "ECVET · European credit system for vocational education and training")
                .element("h1", "Personal transcript")
                .markup("<table class=\"fields\">")
                .field("Learner", learner.printed())
                .field("Learner id", transcript.learner())
                .field("State as of", transcript.asOf() == null ? "today" : transcript.asOf())
                .field(
                        "As the ledger knew it at",
                        transcript.knownAt() == null ? "everything recorded" : transcript.knownAt())
                .field("Printed from the ledger at", printedAt)
                .markup("</table>");

        doc.element("h2", "Qualifications");
        if (transcript.qualifications().isEmpty()) {
            doc.element("p", "note", "Not enrolled in any qualification.");
        } else {
            doc.markup("<table>")
                    .headings(
                            "Qualification",
                            "Standard",
                            "Jurisdiction",
                            "Framework",
                            "Enrolled by",
                            "Enrolled on",
                            "Awards")
                    .markup("<tbody>");
            for (var q : transcript.qualifications()) {
                doc.row(
                        q.qualification(),
                        q.standard(),
                        q.jurisdiction(),
                        q.framework(),
                        q.enrolledBy(),
                        q.enrolledOn(),
                        q.awards().isEmpty()
                                ? "none"
                                : q.awards().stream().map(TranscriptPdf::award).collect(Collectors.joining("; ")));
            }
            doc.markup("</tbody></table>");
        }

        doc.element("h2", "Units of learning outcomes");
        if (transcript.units().isEmpty()) {
            doc.element("p", "note", "No unit assessed, validated or recognised yet.");
        } else {
            doc.markup("<table>")
                    .headings(
                            "Qualification",
                            "Unit",
                            "Status",
                            "Route",
                            "Grade",
                            "Points",
                            "Validated by",
                            "Recognised by",
                            "Recognised on",
                            "Came from")
                    .markup("<tbody>");
            for (var unit : transcript.units()) {
                unitRow(doc, unit);
            }
            doc.markup("</tbody></table>");
        }

        doc.element("h2", "Totals");
        if (transcript.totals().isEmpty()) {
            doc.element("p", "note", "No points recognised yet.");
        } else {
            doc.markup("<table>")
                    .headings("Framework", "Points", "Recognitions counted")
                    .markup("<tbody>");
            for (var total : transcript.totals()) {
                doc.row(
                        total.framework(),
                        plain(total.points()),
                        total.sources().size());
            }
            doc.markup("</tbody></table>");
        }
        doc.element(
                "p",
                "note",
                "Every line and total is backed by events of the ledger; the transcript in JSON names them"
                        + " (GET /api/learners/" + transcript.learner() + "/transcript).");
        return doc;
    }

    private static void unitRow(PrintedDocument doc, TranscriptUnitView unit) {
        var lastValidation = unit.validations().isEmpty()
                ? null
                : unit.validations().get(unit.validations().size() - 1);
        String grade = unit.grade() == null
                ? null
                : plain(unit.grade()) + (unit.gradingScheme() == null ? "" : " (" + unit.gradingScheme() + ")");
        String points;
        if (unit.points() != null) {
            points = plain(unit.points()) + " " + unit.framework();
        } else if (unit.pointsNotCounted() != null) {
            points = plain(unit.pointsNotCounted()) + " " + unit.framework() + ", not counted: "
                    + unit.pointsNotCountedBecause();
        } else {
            points = null;
        }
        doc.row(
                unit.qualification(),
                unit.unit() + (unit.partOfUnit() ? " (part)" : ""),
                unit.status(),
                unit.route(),
                grade,
                points,
                lastValidation == null ? null : lastValidation.institution(),
                unit.recognition() == null ? null : unit.recognition().institution(),
                unit.recognition() == null ? null : unit.recognition().effectiveDate(),
                cameFrom(unit));
    }

    private static String cameFrom(TranscriptUnitView unit) {
        if (unit.transfer() != null) {
            var transfer = unit.transfer();
            return "transfer from " + transfer.sourceQualification() + " " + transfer.sourceUnit()
                    + (transfer.originalPoints() == null
                            ? ""
                            : " (" + plain(transfer.originalPoints()) + " " + transfer.originalFramework() + ")");
        }
        if (unit.mobility() != null) {
            return "mobility at " + unit.mobility().host() + " ("
                    + unit.mobility().start() + " to " + unit.mobility().end() + ")";
        }
        if (unit.migration() != null) {
            return "migrated from " + unit.migration().previousStandard();
        }
        return null;
    }

    private static String award(AwardView award) {
        return award.standard() + " awarded " + award.awardedOn() + " by " + award.awardingBody() + " ("
                + award.status() + ")";
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
