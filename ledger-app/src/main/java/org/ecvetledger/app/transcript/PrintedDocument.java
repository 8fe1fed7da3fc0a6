package org.ecvetledger.app.transcript;

import org.ecvetledger.app.mobility.documents.AgreementPdfRenderer;
import org.ecvetledger.app.mobility.documents.Html;

/**
 * A small XHTML writer and its rendering to PDF for the printed transcript and audit trails (ADR
 * 0020): the same engine as the agreement PDFs (openhtmltopdf on PDFBox) with DejaVu Sans embedded,
 * so names such as "Kovářová" or "Παπαδόπουλος" print. Tags come only from this package's code;
 * every value from the ledger goes through {@link #text}, so no value can add markup. Nothing outside
 * the document (URL, file, font) is fetched.
 */
final class PrintedDocument {

    private static final String STYLE = """
            @page {
              size: A4 %s;
              margin: 16mm 14mm 18mm 14mm;
              @bottom-left { content: "ECVET credit ledger"; font-family: 'DejaVu Sans'; font-size: 7pt; color: #666; }
              @bottom-right { content: "Page " counter(page) " of " counter(pages);
                              font-family: 'DejaVu Sans'; font-size: 7pt; color: #666; }
            }
            body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; line-height: 1.3; color: #1a1a1a; }
            h1 { font-size: 17pt; color: #003399; margin: 0 0 1mm 0; }
            h2 { font-size: 11pt; color: #ffffff; background-color: #003399; padding: 1.2mm 2.5mm; margin: 5mm 0 2mm 0; }
            .programme { font-size: 7.5pt; color: #003399; text-transform: uppercase; letter-spacing: 0.5pt; }
            table { width: 100%%; border-collapse: collapse; margin: 0 0 2mm 0; -fs-table-paginate: paginate; }
            th, td { border: 0.5pt solid #9aa3b5; padding: 1mm 1.5mm; vertical-align: top; text-align: left;
                     word-wrap: break-word; }
            th { background-color: #e9edf7; font-weight: bold; }
            table.fields th { width: 30%%; }
            tr { page-break-inside: avoid; }
            .payload { font-size: 6.5pt; color: #333; }
            .note { font-size: 7.5pt; color: #555; margin: 1mm 0; }
            """;

    private final StringBuilder out = new StringBuilder(32_768);

    private PrintedDocument() {}

    /** A document titled {@code title}, landscape when the tables are wide. */
    static PrintedDocument begin(String title, boolean landscape) {
        var document = new PrintedDocument();
        document.out
                .append("<html lang=\"en\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(title))
                .append("</title><meta name=\"author\" content=\"ECVET credit ledger\"/><style>")
                .append(STYLE.formatted(landscape ? "landscape" : "portrait"))
                .append("</style></head><body>");
        return document;
    }

    /** Markup written by this package's code, never a value from the ledger. */
    PrintedDocument markup(String constantMarkup) {
        out.append(constantMarkup);
        return this;
    }

    /** A value, escaped; null is written as an em dash. */
    PrintedDocument text(Object value) {
        out.append(value == null ? "—" : escape(String.valueOf(value)));
        return this;
    }

    PrintedDocument element(String tag, Object value) {
        return markup("<" + tag + ">").text(value).markup("</" + tag + ">");
    }

    PrintedDocument element(String tag, String cssClass, Object value) {
        return markup("<" + tag + " class=\"" + cssClass + "\">").text(value).markup("</" + tag + ">");
    }

    /** A row of a two-column table of fields. */
    PrintedDocument field(String name, Object value) {
        return markup("<tr>").element("th", name).element("td", value).markup("</tr>");
    }

    /** A header row of a table. */
    PrintedDocument headings(String... names) {
        markup("<thead><tr>");
        for (var name : names) {
            element("th", name);
        }
        return markup("</tr></thead>");
    }

    /** A body row of a table. */
    PrintedDocument row(Object... values) {
        markup("<tr>");
        for (var value : values) {
            element("td", value);
        }
        return markup("</tr>");
    }

    /** The document as XHTML. */
    String xhtml() {
        return out + "</body></html>";
    }

    /** The document rendered to PDF by the agreements' renderer: one XHTML-to-PDF path, one embedded font. */
    byte[] pdf() {
        return AgreementPdfRenderer.pdf(xhtml());
    }

    private static String escape(String value) {
        return Html.escape(value);
    }
}
