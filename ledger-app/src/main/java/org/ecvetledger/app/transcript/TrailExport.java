package org.ecvetledger.app.transcript;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ecvetledger.projections.transcript.TrailEntryView;
import org.ecvetledger.projections.transcript.TrailView;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit trail exported for an auditor's file (issue 11 item 4, ADR 0020): CSV (RFC 4180, one line
 * per event with every field of the JSON, the payload as JSON text) and PDF (a table in ledger order,
 * each event followed by its payload). Superseded and revoked steps keep their markers.
 */
final class TrailExport {

    static final List<String> HEADER = List.of(
            "position",
            "stage",
            "effectiveDate",
            "recordedAt",
            "eventType",
            "revision",
            "eventId",
            "aggregateId",
            "sequence",
            "actorInstitution",
            "actorPerson",
            "reason",
            "markers",
            "supersededBy",
            "correlationId",
            "requestId",
            "payload");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TrailExport() {}

    static String csv(TrailView trail) {
        var out = new StringBuilder();
        line(out, HEADER);
        for (var entry : trail.entries()) {
            var values = new ArrayList<String>();
            values.add(String.valueOf(entry.position()));
            values.add(entry.stage() == null ? null : entry.stage().name());
            values.add(
                    entry.effectiveDate() == null ? null : entry.effectiveDate().toString());
            values.add(entry.recordedAt() == null ? null : entry.recordedAt().toString());
            values.add(entry.eventType());
            values.add(entry.revision());
            values.add(entry.eventId());
            values.add(entry.aggregateId());
            values.add(String.valueOf(entry.sequence()));
            values.add(entry.actorInstitution());
            values.add(entry.actorPerson());
            values.add(entry.reason());
            values.add(String.join(";", entry.markers() == null ? List.of() : entry.markers()));
            values.add(entry.supersededBy());
            values.add(entry.correlationId());
            values.add(entry.requestId());
            values.add(payload(entry));
            line(out, values);
        }
        return out.toString();
    }

    static PrintedDocument pdf(TrailView trail, Instant printedAt) {
        var doc = PrintedDocument.begin("Audit trail: " + trail.subject(), true);
        doc.element("div", "programme", "ECVET · European credit system for vocational education and training")
                .element("h1", "Audit trail")
                .markup("<table class=\"fields\">")
                .field("Subject", trail.subject())
                .field("State as of", trail.asOf() == null ? "today" : trail.asOf())
                .field("As the ledger knew it at", trail.knownAt() == null ? "everything recorded" : trail.knownAt())
                .field("Events", trail.entries().size())
                .field("Printed from the ledger at", printedAt)
                .markup("</table>");
        doc.markup("<table>")
                .headings(
                        "Position",
                        "Stage",
                        "Effective",
                        "Recorded",
                        "Event",
                        "Actor",
                        "Reason",
                        "Markers",
                        "Superseded by")
                .markup("<tbody>");
        for (var entry : trail.entries()) {
            doc.row(
                    entry.position(),
                    entry.stage(),
                    entry.effectiveDate(),
                    entry.recordedAt(),
                    entry.eventType() + " v" + entry.revision(),
                    actor(entry),
                    entry.reason(),
                    entry.markers() == null || entry.markers().isEmpty() ? null : String.join(", ", entry.markers()),
                    entry.supersededBy());
            doc.markup("<tr><td colspan=\"9\" class=\"payload\">")
                    .text(entry.eventId() + " · " + payload(entry))
                    .markup("</td></tr>");
        }
        return doc.markup("</tbody></table>");
    }

    private static String actor(TrailEntryView entry) {
        if (entry.actorInstitution() == null && entry.actorPerson() == null) {
            return null;
        }
        return (entry.actorInstitution() == null ? "" : entry.actorInstitution())
                + (entry.actorPerson() == null ? "" : " / " + entry.actorPerson());
    }

    private static String payload(TrailEntryView entry) {
        return entry.payload() == null ? null : JSON.writeValueAsString(entry.payload());
    }

    private static void line(StringBuilder out, List<String> values) {
        out.append(values.stream().map(TranscriptCsv::field).collect(Collectors.joining(",")))
                .append("\r\n");
    }
}
