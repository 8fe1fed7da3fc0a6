package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;
import static org.ecvetledger.app.ledger.LedgerSteps.FOUR_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.MALTA;
import static org.ecvetledger.app.ledger.LedgerSteps.MCAST;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The transcript as PDF and the learner's and award's audit trails as CSV and PDF (issue 11 items 2
 * and 4, ADR 0020), read back: the PDFs are parsed and their text checked against the JSON.
 */
@LedgerIT
class TranscriptExportIT {

    private static final Duration PROJECTION = Duration.ofSeconds(30);
    private static final String PDF = "application/pdf";
    private static final String CSV = "text/csv";

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    LedgerHttp http;
    LedgerSteps steps;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp(environment);
        steps = new LedgerSteps(http, jdbc, catalogue);
    }

    /** The PDF's text with all white space removed, so that a value wrapped in a narrow cell still matches. */
    private static String text(LedgerHttp.Download pdf) throws IOException {
        assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith(PDF);
        try (var document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** A Maltese learner awarded the qualification from three recognised units, and the award's id. */
    private String[] anAwardedLearner(String givenName) {
        var learner = steps.anEnrolledLearner(givenName, MALTA, MCAST);
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, null, "2022-06-30");
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-104@1", FOUR_OUTCOMES, null, "2023-06-30");
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-105@1", FOUR_OUTCOMES, null, "2025-06-30");
        steps.evaluation(learner, MCAST, MALTA, "2025-07-01");
        var awarded = steps.award(learner, MCAST, MALTA, "2025-07-01");
        assertThat(awarded.status()).as(awarded.body()).isEqualTo(201);
        await().atMost(PROJECTION).until(() -> {
            var answer = http.get("/api/learners/" + learner + "/transcript");
            return answer.status() == 200
                    && answer.json()
                                    .path("qualifications")
                                    .path(0)
                                    .path("awards")
                                    .size()
                            == 1;
        });
        await().atMost(PROJECTION)
                .until(() -> http.get("/api/learners/" + learner).status() == 200);
        var awardId = http.get("/api/learners/" + learner + "/transcript")
                .json()
                .at("/qualifications/0/awards/0/awardId")
                .asString();
        return new String[] {learner, awardId};
    }

    @Test
    void the_printed_transcript_names_the_learner_every_unit_and_the_points_total_and_its_read_is_audited()
            throws IOException {
        var awarded = anAwardedLearner("Dorota Kovářová");
        var learner = awarded[0];
        var json = http.get("/api/learners/" + learner + "/transcript").json();
        var total = json.at("/totals/0/points").decimalValue();
        assertThat(total).isGreaterThan(BigDecimal.ZERO);

        var me = http.asLearner(learner);
        var pdf = me.getBytes("/api/learners/" + learner + "/transcript", PDF);
        var text = text(pdf);

        assertThat(pdf.contentDisposition()).contains("transcript-" + learner + ".pdf");
        assertThat(text)
                .contains("Personaltranscript")
                .contains(squeezed("Dorota Kovářová Moreau"))
                .contains(learner)
                .contains("MT-HSC-101@1", "MT-HSC-104@1", "MT-HSC-105@1")
                .contains("RECOGNISED")
                .contains(squeezed(json.at("/totals/0/framework").asString()
                        + total.stripTrailingZeros().toPlainString()))
                .contains(squeezed(MALTA));
        var reads = me.get("/api/learners/" + learner + "/reads").json();
        var pdfRead = false;
        for (var read : reads) {
            pdfRead |= read.get("account").asString().equals("learner-" + learner)
                    && read.get("resource").asString().equals("GET /api/learners/" + learner + "/transcript");
        }
        assertThat(pdfRead)
                .as("the learner's read of the PDF is in the read audit")
                .isTrue();

        var other = steps.anEnrolledLearner("Other reader", BACPRO, BRANLY);
        assertThat(http.asLearner(other)
                        .getBytes("/api/learners/" + learner + "/transcript", PDF)
                        .status())
                .as("the same access rule as the JSON")
                .isEqualTo(403);
    }

    @Test
    void the_printed_transcript_honours_asOf() throws IOException {
        var learner = anAwardedLearner("Asof")[0];

        var early = text(http.getBytes("/api/learners/" + learner + "/transcript?asOf=2023-01-01", PDF));

        assertThat(early).contains("2023-01-01").contains("MT-HSC-101@1");
        assertThat(early)
                .as("the units recognised later are not on the transcript as of 2023-01-01")
                .doesNotContain("MT-HSC-104@1")
                .doesNotContain("MT-HSC-105@1");
        var bad = http.getBytes("/api/learners/" + learner + "/transcript?asOf=yesterday", PDF);
        assertThat(bad.status()).isEqualTo(400);
    }

    @Test
    void the_learner_trail_exports_as_csv_and_pdf_with_every_event_of_the_json() throws IOException {
        var learner = anAwardedLearner("Trail")[0];
        var path = "/api/learners/" + learner + "/audit-trail";
        var json = http.get(path).json();
        var entries = json.get("entries");

        var csv = http.getBytes(path, CSV);
        assertThat(csv.status()).as(csv.text()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith(CSV);
        var lines = csv.text().split("\r\n");
        assertThat(lines[0])
                .isEqualTo(
                        "position,stage,effectiveDate,recordedAt,eventType,revision,eventId,aggregateId,sequence,actorInstitution,actorPerson,reason,markers,supersededBy,correlationId,requestId,payload");
        assertThat(lines).hasSize(entries.size() + 1);
        for (int i = 0; i < entries.size(); i++) {
            assertThat(lines[i + 1])
                    .startsWith(entries.get(i).get("position").asLong() + ","
                            + entries.get(i).get("stage").asString() + ",")
                    .contains("," + entries.get(i).get("eventType").asString() + ",")
                    .contains(entries.get(i).get("eventId").asString());
        }
        assertThat(Arrays.stream(lines).filter(l -> l.contains(",UnitRecognised,")))
                .hasSize(3)
                .allMatch(l -> l.contains(MCAST));

        var text = text(http.getBytes(path, PDF));
        assertThat(text).contains("Audittrail").contains("UnitRecognised").contains("QualificationAwarded");
        assertThat(text).contains(entries.get(0).get("eventId").asString());
        assertThat(text).contains(squeezed("Events" + entries.size()));
        assertThat(http.asLearner(steps.anEnrolledLearner("Nosy", BACPRO, BRANLY))
                        .getBytes(path, CSV)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void S32_the_award_trail_exports_as_csv_and_pdf() throws IOException {
        var awarded = anAwardedLearner("Award trail");
        var path = "/api/awards/" + awarded[1] + "/audit-trail";
        var entries = http.get(path).json().get("entries");

        var csv = http.getBytes(path, CSV);
        assertThat(csv.status()).as(csv.text()).isEqualTo(200);
        assertThat(csv.contentDisposition()).contains("award-trail-" + awarded[1] + ".csv");
        var lines = csv.text().split("\r\n");
        assertThat(lines).hasSize(entries.size() + 1);
        assertThat(Arrays.stream(lines).filter(l -> l.contains(",QualificationAwarded,")))
                .hasSize(1);

        var text = text(http.asLearner(awarded[0]).getBytes(path, PDF));
        assertThat(text).contains("Audittrail").contains("QualificationAwarded").contains(awarded[1]);
    }
}
