package org.ecvetledger.app.mobility.documents;

/**
 * A small XHTML writer for the agreement PDFs. Tags and CSS classes come only from this package's
 * code; every value from the ledger goes through {@link #escape(String)}, so no value can add markup,
 * an entity or a character that XML forbids (no template injection).
 */
public final class Html {

    private final StringBuilder out = new StringBuilder(16_384);

    /**
     * The value as XHTML text: {@code & < > " '} become character references, and characters that
     * XML 1.0 forbids (control characters, lone surrogates) become U+FFFD. Null becomes "".
     */
    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        var escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (allowedInXml(c)) {
                        escaped.appendCodePoint(c);
                    } else {
                        escaped.append('\uFFFD');
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** Markup written by this package's code, never a value from the ledger. */
    Html markup(String constantMarkup) {
        out.append(constantMarkup);
        return this;
    }

    Html open(String tag) {
        out.append('<').append(tag).append('>');
        return this;
    }

    Html open(String tag, String cssClass) {
        out.append('<').append(tag).append(" class=\"").append(cssClass).append("\">");
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** A value, escaped; null is written as an em dash. */
    Html text(Object value) {
        out.append(value == null ? "—" : escape(String.valueOf(value)));
        return this;
    }

    Html element(String tag, Object value) {
        return open(tag).text(value).close(tag);
    }

    Html element(String tag, String cssClass, Object value) {
        return open(tag, cssClass).text(value).close(tag);
    }

    /** A row of a two-column table of fields: the label, then the value. */
    Html field(String label, Object value) {
        return open("tr").element("th", label).element("td", value).close("tr");
    }

    /** A row whose value is free text (line breaks kept). */
    Html freeField(String label, Object value) {
        return open("tr").element("th", label).element("td", "free", value).close("tr");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
