package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.app.ledger.LedgerSteps.FOUR_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.MALTA;
import static org.ecvetledger.app.ledger.LedgerSteps.MCAST;
import static org.ecvetledger.app.ledger.LedgerSteps.pathway;

import java.time.Duration;
import java.util.List;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.ecvetledger.app.pages.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Journey 1 of issue 11: a learner signs in, reads the transcript, opens a total to see the
 * recognitions behind it, reads the progress with what is missing (S18), runs a what-if that makes it
 * eligible without recording anything, and finds their own reads in "Who read my record".
 */
class LearnerProgressBrowserIT extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    @Test
    void S18_a_learner_reads_transcript_and_progress_and_a_what_if_makes_the_missing_unit_the_last_step()
            throws Exception {
        var steps = new LedgerSteps(http, jdbc, catalogue);
        var learner = steps.anEnrolledLearner("Jana", MALTA, MCAST);
        for (var unit : List.of("MT-HSC-103@1", "MT-HSC-104@1", "MT-HSC-105@1")) {
            steps.creditFor(learner, MCAST, MALTA, unit, FOUR_OUTCOMES, null, "2024-06-30");
        }
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> http.get("/api/learners/" + learner + "/progress/" + MALTA + "?asOf=2024-07-01")
                        .body()
                        .contains("\"eventsConsidered\":7"));
        var account = learnerAccount(learner);
        var events = steps.countEvents();

        signIn(account);

        assertThat(path()).as("a learner lands on their transcript").isEqualTo("/learners/" + learner + "/transcript");
        assertThat(all(By.cssSelector("li.unit"))).hasSize(3);
        assertThat(all(By.cssSelector("li.unit .badge.RECOGNISED"))).hasSize(3);
        var total = find(By.cssSelector("details.total"));
        assertThat(total.findElement(By.cssSelector(".points")).getText()).isEqualTo("130");
        total.findElement(By.tagName("summary")).click();
        var sources = total.findElements(By.cssSelector("tbody tr"));
        assertThat(sources)
                .as("R7: the total opens onto the three recognitions behind it")
                .hasSize(3);
        var recognitions = steps.payloads(pathway(learner, MALTA), "UnitRecognised");
        assertThat(recognitions).hasSize(3);

        click(By.cssSelector("a.progress-link"));
        assertThat(path()).isEqualTo("/learners/" + learner + "/progress/" + MALTA);
        date("asOf", "2024-07-01");
        click(By.id("show-as-of"));
        assertThat(find(By.cssSelector(".eligibility")).getText()).isEqualTo("Not yet eligible for the award");
        assertThat(find(By.cssSelector(".missing-units")).getText()).isEqualTo("MT-HSC-101@1");
        assertThat(find(By.cssSelector("ul.guidance")).getText())
                .contains("Points are enough (130 of 120) but mandatory unit MT-HSC-101 is missing.");

        type("unit-0", "not a unit");
        click(By.id("run-what-if"));
        assertThat(find(By.cssSelector(".field-error")).getText())
                .as("a bad field is named beside the field")
                .contains("CODE@VERSION");

        type("unit-0", "MT-HSC-101@1");
        click(By.id("run-what-if"));
        var answer = find(By.id("what-if-answer"));
        assertThat(answer.findElement(By.cssSelector(".eligibility")).getText()).isEqualTo("Eligible for the award");
        assertThat(answer.findElement(By.cssSelector(".points")).getText()).isEqualTo("160");
        assertThat(answer.findElement(By.cssSelector("tr[data-unit='MT-HSC-101@1']"))
                        .getText())
                .contains("hypothetical");
        screenshot("learner-progress-what-if");
        assertThat(steps.countEvents()).as("a what-if records nothing").isEqualTo(events);

        click(By.linkText("Who read my record"));
        new WebDriverWait(browser(), Duration.ofSeconds(20)).until(driver -> path().endsWith("/reads"));
        assertThat(find(By.id("reads")).getText())
                .as("the learner's own page reads are in the read audit")
                .contains(account)
                .contains("GET /learners/" + learner + "/transcript");

        signOut();
        open("/learners/" + learner + "/transcript");
        assertThat(path()).as("signed out, a record page asks to sign in").isEqualTo("/login");
    }
}
