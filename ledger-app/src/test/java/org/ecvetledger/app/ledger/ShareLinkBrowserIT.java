package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.app.ledger.LedgerSteps.FOUR_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.MALTA;
import static org.ecvetledger.app.ledger.LedgerSteps.MCAST;

import java.time.Duration;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.ecvetledger.app.pages.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Journey 5 of issue 11 (ADR 0020): a learner signs in, creates a share link for an employer, signs
 * out, opens the link like the employer would and reads the transcript, finds that opening in "Who
 * read my record", then revokes the link, which then opens no more.
 */
class ShareLinkBrowserIT extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    /** A file a page links to, fetched with the browser's session, as the browser would download it. */
    private byte[] download(String href) throws Exception {
        var session = browser().manage().getCookieNamed("JSESSIONID");
        var answer = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                                .header("Cookie", "JSESSIONID=" + session.getValue())
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as(href).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment");
        return answer.body();
    }

    @Test
    void a_learner_creates_a_share_link_signs_out_and_the_link_opens_the_transcript_until_revoked() throws Exception {
        var steps = new LedgerSteps(http, jdbc, catalogue);
        var learner = steps.anEnrolledLearner("Marija", MALTA, MCAST);
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, null, "2024-06-30");
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-104@1", FOUR_OUTCOMES, null, "2024-06-30");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            var answer = http.get("/api/learners/" + learner + "/transcript");
            return answer.status() == 200
                    && answer.body().contains("MT-HSC-101@1")
                    && answer.body().contains("MT-HSC-104@1");
        });
        // the progress read model may follow the transcript by a moment
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            var answer = http.get("/api/learners/" + learner + "/progress/" + MALTA);
            return answer.status() == 200
                    && answer.json().at("/points/held").decimalValue().compareTo(java.math.BigDecimal.valueOf(90)) == 0;
        });
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> http.get("/api/learners/" + learner).status() == 200);
        var account = learnerAccount(learner);

        signIn(account);
        // the transcript page offers the printed transcript, the trail page its CSV: the same files as the API
        var pdf = download(find(By.id("download-pdf")).getAttribute("href"));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper()
                            .getText(document)
                            .replaceAll("\\s+", ""))
                    .contains("MarijaMoreau")
                    .contains("MT-HSC-101@1")
                    .contains("MT-HSC-104@1");
        }
        click(By.linkText("My trail"));
        var csv = new String(
                download(find(By.id("download-trail-csv")).getAttribute("href")),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("position,stage,").contains(",UnitRecognised,");
        click(By.linkText("Share my record"));
        new WebDriverWait(browser(), Duration.ofSeconds(20)).until(driver -> path().endsWith("/share-links"));
        assertThat(path()).isEqualTo("/learners/" + learner + "/share-links");

        assertThat(find(By.id("label")).getAttribute("required"))
                .as("the browser itself asks for the label")
                .isNotNull();
        type("label", "Employer Acme");
        date(
                "expiresOn",
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusYears(2).toString());
        click(By.id("create-link"));
        assertThat(find(By.id("expiresOn-error")).getText())
                .as("a bad expiry is named beside the field")
                .contains("one year");

        type("label", "Employer Acme");
        date("expiresOn", "");
        type("qualification", MALTA);
        click(By.id("create-link"));
        var address = find(By.id("new-link-url")).getAttribute("value");
        assertThat(address).startsWith(base() + "/share/ecvs_");
        var row = find(By.cssSelector("#links tbody tr"));
        assertThat(row.getText()).contains("Employer Acme").contains("open");

        signOut();
        browser().get(address);
        assertThat(find(By.id("learner-name")).getText()).isEqualTo("Marija Moreau");
        assertThat(all(By.cssSelector("#shared-units tr.unit")))
                .extracting(e -> e.getAttribute("data-unit"))
                .containsExactlyInAnyOrder("MT-HSC-101@1", "MT-HSC-104@1");
        assertThat(find(By.id("shared-notice")).getText())
                .contains("Employer Acme")
                .contains("logged in the learner's record");
        assertThat(find(By.cssSelector("#shared-total-ECVET .points")).getText())
                .isEqualTo("90");
        assertThat(find(By.id("shared-progress")).getText()).contains("90 of 120 ECVET points");
        assertThat(all(By.cssSelector("form.signout")))
                .as("the link is read signed out")
                .isEmpty();
        screenshot("share-link");

        signIn(account);
        open("/learners/" + learner + "/reads");
        assertThat(find(By.id("reads")).getText())
                .as("the opening is in the learner's read audit")
                .contains("share link Employer Acme")
                .contains("GET /share/{token}");
        open("/learners/" + learner + "/share-links");
        click(By.cssSelector("#links tbody tr button.revoke"));
        assertThat(find(By.id("revoked-link")).isDisplayed()).isTrue();
        assertThat(find(By.cssSelector("#links tbody tr")).getText()).contains("revoked");

        signOut();
        browser().get(address);
        assertThat(heading()).as("a revoked link opens no more").isNotEqualTo("Shared transcript");
        assertThat(all(By.id("shared-units"))).isEmpty();
    }
}
