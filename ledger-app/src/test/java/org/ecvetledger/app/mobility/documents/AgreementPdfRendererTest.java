package org.ecvetledger.app.mobility.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ecvetledger.domain.partnership.MemorandumId;
import org.ecvetledger.domain.partnership.MemorandumParty;
import org.ecvetledger.domain.partnership.MemorandumScope;
import org.ecvetledger.domain.partnership.MemorandumTerms;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.projections.mobility.MemorandumSignatureView;
import org.ecvetledger.projections.mobility.MemorandumState;
import org.ecvetledger.projections.mobility.MemorandumVersionView;
import org.ecvetledger.projections.mobility.MemorandumView;
import org.junit.jupiter.api.Test;

/** Values from the ledger are text in the document, never markup. */
class AgreementPdfRendererTest {

    private static final InstitutionId HOME = new InstitutionId("FR-LYCEE-BRANLY");
    private static final InstitutionId HOST = new InstitutionId("DE-BS-MUENCHEN");
    private static final String HOSTILE_TITLE = "<script>alert('x')</script> Tom & Jerry \"quoted\"";

    @Test
    void markup_characters_become_character_references() {
        assertThat(Html.escape("<script>alert('x')</script> Tom & Jerry \"quoted\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Tom &amp; Jerry &quot;quoted&quot;");
        assertThat(Html.escape("&amp;")).isEqualTo("&amp;amp;");
        assertThat(Html.escape("Kovářová, Amélie, Groß")).isEqualTo("Kovářová, Amélie, Groß");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void characters_xml_forbids_are_replaced_not_passed_through() {
        assertThat(Html.escape("a\u0000b\u001Bc\tline\nnext")).isEqualTo("a\uFFFDb\uFFFDc\tline\nnext");
        assertThat(Html.escape("lone \uD800 surrogate")).isEqualTo("lone \uFFFD surrogate");
        assertThat(Html.escape("emoji \uD83D\uDE00 kept")).isEqualTo("emoji \uD83D\uDE00 kept");
    }

    @Test
    void a_hostile_value_is_escaped_in_the_html_and_printed_as_text_in_the_pdf() throws IOException {
        var content = memorandum(HOSTILE_TITLE, "</td></tr></table><img src=\"http://example.invalid/x.png\"/>");

        var html = AgreementPdfRenderer.memorandumHtml(content);

        assertThat(html)
                .doesNotContain("<script>")
                .doesNotContain("<img")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Tom &amp; Jerry &quot;quoted&quot;")
                .contains("&lt;img src=&quot;http://example.invalid/x.png&quot;/&gt;");

        try (var pdf = Loader.loadPDF(AgreementPdfRenderer.pdf(html))) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Memorandum of Understanding")
                    .contains(HOSTILE_TITLE)
                    .contains("<img src=\"http://example.invalid/x.png\"/>")
                    .contains("Areas: Île-de-France, Kovářová")
                    .contains("Jürgen Groß");
        }
    }

    private static MemorandumPdfContent memorandum(String title, String hostileAreas) {
        var terms = new MemorandumTerms(
                title,
                List.of(
                        new MemorandumParty(HOME, "Areas: Île-de-France, Kovářová", null, null, null, null),
                        new MemorandumParty(HOST, hostileAreas, "Prüfung", null, null, null)),
                List.of(new MemorandumScope(QualificationRef.of("FR-BACPRO-MELEC", 1), List.of(UnitRef.of("U31", 1)))),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2030, 8, 31),
                14,
                90,
                List.of(LocalDate.of(2027, 1, 1)));
        var version = new MemorandumVersionView(
                1,
                terms,
                null,
                LocalDate.of(2026, 6, 17),
                List.of(
                        new MemorandumSignatureView(HOME, "Amélie Durand", LocalDate.of(2026, 6, 15)),
                        new MemorandumSignatureView(HOST, "Jürgen Groß", LocalDate.of(2026, 6, 17))));
        var view = new MemorandumView(
                new MemorandumId(java.util.UUID.fromString("01900000-0000-7000-8000-000000000001")),
                MemorandumState.ACTIVE,
                1,
                1,
                LocalDate.of(2026, 6, 17),
                null,
                null,
                List.of(1),
                version,
                List.of());
        return new MemorandumPdfContent(
                view,
                List.of(version),
                new CatalogueLabels(Map.of(HOME, "Lycée professionnel Édouard Branly"), Map.of(), Map.of()),
                LocalDate.of(2026, 11, 27));
    }
}
