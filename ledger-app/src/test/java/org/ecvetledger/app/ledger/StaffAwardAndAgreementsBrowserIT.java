package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;
import static org.ecvetledger.app.ledger.LedgerSteps.FOUR_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.MALTA;
import static org.ecvetledger.app.ledger.LedgerSteps.MCAST;
import static org.ecvetledger.app.ledger.LedgerSteps.MUENCHEN;
import static org.ecvetledger.app.ledger.LedgerSteps.pathway;

import java.time.Duration;
import java.util.List;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.ecvetledger.app.pages.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The awarding body's and the agreements officer's pages (issue 11 item 3): award eligibility with
 * its rule trace and the award (R12), and the signatures on a MoU and a learning agreement.
 */
class StaffAwardAndAgreementsBrowserIT extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    @Test
    void R12_the_awarding_body_reads_the_rule_trace_then_awards_the_qualification() throws Exception {
        var steps = new LedgerSteps(http, jdbc, catalogue);
        var learner = steps.anEnrolledLearner("Karl", MALTA, MCAST);
        for (var unit : List.of("MT-HSC-101@1", "MT-HSC-103@1", "MT-HSC-104@1", "MT-HSC-105@1")) {
            steps.creditFor(learner, MCAST, MALTA, unit, FOUR_OUTCOMES, null, "2024-06-30");
        }
        var registrar = staffAccount(MCAST, "Maria Borg", "AWARD");

        signIn(registrar);
        click(By.id("to-staff"));
        type("award-learner", learner);
        type("award-qualification", MALTA);
        click(By.id("to-award"));
        assertThat(path()).isEqualTo("/staff/learners/" + learner + "/award/" + MALTA);
        setDate(find(By.id("evaluatedOn")), "2024-07-01");
        click(By.id("evaluate"));

        assertThat(find(By.cssSelector("#evaluation .eligibility")).getText())
                .isEqualTo("Eligible for the award on 2024-07-01");
        assertThat(all(By.cssSelector("#rule-trace tbody tr")))
                .as("every rule of the rule set, with why it holds")
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.getText()).contains("yes"));
        setDate(find(By.id("effectiveDate")), "2024-07-01");
        type("legalBasis", "MQF award regulations");
        click(By.id("award"));

        assertThat(find(By.id("awarded")).getText()).isEqualTo(MALTA + " is awarded.");
        assertThat(steps.events(pathway(learner, MALTA))).contains("AwardEligibilityEvaluated", "QualificationAwarded");
        assertThat(steps.payload(pathway(learner, MALTA), "QualificationAwarded")
                        .toString())
                .contains("Maria Borg", "MQF award regulations");
    }

    @Test
    void the_home_signs_a_drafted_mou_and_a_drafted_learning_agreement_from_its_list() {
        var steps = new LedgerSteps(http, jdbc, catalogue);
        var drafted = http.post("/api/mous", """
                {"title": "Branly–München welding pilot",
                 "parties": [{"institution": "%s"}, {"institution": "%s"}],
                 "scope": [{"standard": "%s@1", "units": ["U31@1"]}],
                 "validFrom": "2026-01-01", "validUntil": "2030-08-31",
                 "minimumMobilityDays": 14, "maximumMobilityDays": 90}""".formatted(BRANLY, MUENCHEN, BACPRO));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        var mou = drafted.json().get("memorandumId").asString();
        var learner = steps.anEnrolledLearner("Inès", BACPRO, BRANLY);
        var agreement = steps.aLearningAgreement(learner, steps.anActiveMou(), false);
        var officer = staffAccount(BRANLY, "Claire Martin", "MANAGE_AGREEMENTS");

        signIn(officer);
        click(By.id("to-staff"));
        click(By.id("to-agreements"));
        var mouRow = row("#memoranda tr[data-mou='" + mou + "']");
        assertThat(mouRow.getText()).contains("Branly–München welding pilot", "DRAFT");
        setDate(mouRow.findElement(By.name("signedOn")), "2026-06-20");
        mouRow.findElement(By.cssSelector("button.sign-mou")).click();
        assertThat(find(By.id("agreements-done")).getText()).contains("recorded on the MoU");
        assertThat(steps.events(mou)).containsExactly("MemorandumDrafted", "MemorandumSigned");
        assertThat(steps.payload(mou, "MemorandumSigned").toString()).contains(BRANLY, "Claire Martin");

        var agreementRow = row("#learning-agreements tr[data-agreement='" + agreement + "']");
        assertThat(agreementRow.getText()).contains(BRANLY + " → " + MUENCHEN, "DRAFT");
        new Select(agreementRow.findElement(By.name("party"))).selectByValue("HOME");
        setDate(agreementRow.findElement(By.name("signedOn")), "2026-10-01");
        agreementRow.findElement(By.cssSelector("button.sign-agreement")).click();
        assertThat(find(By.id("agreements-done")).getText()).contains("recorded on the learning agreement");
        assertThat(steps.events(agreement)).containsExactly("LearningAgreementDrafted", "LearningAgreementSigned");
        assertThat(steps.payload(agreement, "LearningAgreementSigned").toString())
                .contains("HOME", "Claire Martin");
    }

    /** A row of the agreements page, reloading while the mobility read model catches up. */
    private WebElement row(String css) {
        var selector = By.cssSelector(css);
        new WebDriverWait(browser(), Duration.ofSeconds(30)).until(driver -> {
            if (!driver.findElements(selector).isEmpty()) {
                return true;
            }
            open("/staff/agreements");
            return !driver.findElements(selector).isEmpty();
        });
        return find(selector);
    }

    private void setDate(WebElement field, String isoDate) {
        ((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1]", field, isoDate);
    }
}
