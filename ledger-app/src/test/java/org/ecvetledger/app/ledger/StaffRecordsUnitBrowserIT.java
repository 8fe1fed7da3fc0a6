package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;
import static org.ecvetledger.app.ledger.LedgerSteps.MUENCHEN;
import static org.ecvetledger.app.ledger.LedgerSteps.SIX_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.pathway;
import static org.ecvetledger.app.ledger.LedgerSteps.texts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
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
 * Journey 2 of issue 11 (scenario S01 through the pages): the host's teacher records the assessment
 * of U31 abroad with the outcome checklist of the catalogue unit, the grade on the standard's scale
 * and the uploaded host transcript, whose SHA-256 the page shows and the assessment carries; the
 * home's jury finds it in its work queue, validates, finds it awaiting recognition, recognises, and
 * the queue no longer holds it.
 */
class StaffRecordsUnitBrowserIT extends BrowserJourney {

    private static final String TRANSCRIPT =
            "Berufsschule München — host transcript\nU31 LO1-LO6 achieved, 14/20, 25 March 2027\n";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    @Test
    void S01_staff_record_validate_and_recognise_a_unit_through_the_pages() throws Exception {
        var steps = new LedgerSteps(http, jdbc, catalogue);
        var learner = steps.anEnrolledLearner("Léa", BACPRO, BRANLY);
        var agreement = steps.aLearningAgreement(learner, steps.anActiveMou(), true);
        var teacher = staffAccount(MUENCHEN, "Jonas Weber", "ASSESS");
        var jury = staffAccount(BRANLY, "Claire Martin", "VALIDATE", "RECOGNISE");
        var file = Files.createTempFile("host-transcript", ".txt");
        Files.writeString(file, TRANSCRIPT, StandardCharsets.UTF_8);
        var sha256 = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(TRANSCRIPT.getBytes(StandardCharsets.UTF_8)));

        // the host's teacher records the assessment
        signIn(teacher);
        click(By.id("to-staff"));
        type("learner", learner);
        click(By.id("find-learner"));
        assertThat(path()).isEqualTo("/staff/learners/" + learner + "/assessments/new");
        new Select(find(By.id("pick-unit"))).selectByValue("U31@1");
        click(By.id("choose-unit"));
        assertThat(all(By.cssSelector("#checklist .outcome")))
                .as("the checklist is the catalogue unit's outcomes")
                .extracting(e -> e.getAttribute("data-outcome"))
                .containsExactlyElementsOf(SIX_OUTCOMES);
        for (var outcome : SIX_OUTCOMES) {
            new Select(find(By.id("outcome-" + outcome))).selectByValue("ACHIEVED");
        }
        assertThat(find(By.cssSelector("label[for=grade]")).getText()).contains("0-20");
        type("grade", "14");
        date("assessedOn", "2027-03-25");
        new Select(find(By.id("learningAgreement"))).selectByValue(agreement);
        find(By.id("evidenceFile")).sendKeys(file.toAbsolutePath().toString());
        click(By.id("record-assessment"));

        assertThat(heading()).isEqualTo("Assessment recorded");
        assertThat(find(By.id("evidence-sha256")).getText())
                .as("the page shows the SHA-256 of the uploaded file")
                .isEqualTo(sha256);
        var assessment = find(By.id("assessment-id")).getText();
        var recorded = steps.payload(assessment, "AssessmentRecorded").get("content");
        assertThat(recorded.get("evidence").get(0).get("sha256").asString())
                .as("and the assessment carries it")
                .isEqualTo(sha256);
        assertThat(recorded.get("agreement").get("value").asString()).isEqualTo(agreement);
        assertThat(recorded.get("gradingScheme").asString()).isEqualTo("0-20");
        signOut();

        // the home's jury validates from its work queue
        signIn(jury);
        var toValidate = queueRow("awaiting-validation", learner);
        assertThat(toValidate.getText()).contains("Léa Moreau", "U31@1", "2027-03-25", agreement, sha256);
        setDate(toValidate.findElement(By.cssSelector("input[type=date]")), "2027-04-10");
        toValidate.findElement(By.cssSelector("button.validate")).click();
        assertThat(find(By.id("queue-done")).getText()).contains("U31@1 is validated");
        var toRecognise = queueRow("awaiting-recognition", learner);
        assertThat(toRecognise.getText()).contains(String.join(", ", SIX_OUTCOMES));
        assertThat(all(By.cssSelector("#awaiting-validation tr[data-learner='" + learner + "']")))
                .isEmpty();
        screenshot("staff-s01");

        setDate(toRecognise.findElement(By.cssSelector("input[type=date]")), "2027-04-12");
        toRecognise.findElement(By.cssSelector("button.recognise")).click();
        assertThat(find(By.id("queue-done")).getText()).contains("U31@1 is recognised");
        assertThat(all(By.cssSelector("tr[data-learner='" + learner + "']")))
                .as("nothing of this learner awaits the home any more")
                .isEmpty();

        var path = pathway(learner, BACPRO);
        assertThat(steps.events(path)).containsExactly("LearnerEnrolled", "CreditValidated", "UnitRecognised");
        var recognition = steps.payload(path, "UnitRecognised");
        assertThat(texts(recognition.get("basis"))).containsExactly(assessment);
        assertThat(recognition.get("recognisedBy").get("person").asString()).isEqualTo("Claire Martin");
        assertThat(steps.payload(path, "CreditValidated")
                        .get("validatedBy")
                        .get("institution")
                        .get("value")
                        .asString())
                .isEqualTo(BRANLY);
    }

    /** The queue's row of {@code learner} in one of its tables, reloading while the read model catches up. */
    private WebElement queueRow(String table, String learner) {
        var selector = By.cssSelector("#" + table + " tr[data-learner='" + learner + "'][data-unit='U31@1']");
        new WebDriverWait(browser(), Duration.ofSeconds(30)).until(driver -> {
            if (!driver.findElements(selector).isEmpty()) {
                return true;
            }
            open("/staff/queue");
            return !driver.findElements(selector).isEmpty();
        });
        return find(selector);
    }

    private void setDate(WebElement field, String isoDate) {
        ((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1]", field, isoDate);
    }
}
