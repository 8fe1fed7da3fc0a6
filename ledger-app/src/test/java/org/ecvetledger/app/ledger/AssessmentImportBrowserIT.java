package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.ecvetledger.app.pages.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Journey 4 of issue 11 (item 5, ADR 0019): staff holding ASSESS upload a file of results for a dry
 * run and read it row by row (new, conflicting and why), download the error file, see "apply" refused
 * while a row conflicts, apply only the valid rows, then upload the same file again: every recorded
 * row is unchanged and the ledger holds not one event more.
 */
class AssessmentImportBrowserIT extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    private static String row(String learner, String on, String achieved, String notAchieved, String grade) {
        return String.join(
                        ",",
                        learner,
                        BACPRO,
                        "1",
                        "U31",
                        "1",
                        on,
                        "PRACTICAL_TEST",
                        "FORMAL",
                        achieved,
                        notAchieved,
                        grade,
                        "0-20")
                + "\n";
    }

    private List<String> rowStatuses() {
        var statuses = new ArrayList<String>();
        for (var row : all(By.cssSelector("#rows tbody tr"))) {
            statuses.add(row.getDomAttribute("id") + ":" + row.getDomAttribute("data-status"));
        }
        return statuses;
    }

    private long eventsAbout(String... learners) {
        long count = 0;
        for (var learner : learners) {
            count += jdbc.queryForObject(
                    "select count(*) from event_log where payload::text like ?", Long.class, "%" + learner + "%");
        }
        return count;
    }

    private void upload(Path file) {
        open("/staff/imports");
        find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        click(By.id("dry-run"));
        find(By.id("rows"));
    }

    @Test
    void a_dry_run_then_apply_only_the_valid_rows_then_the_same_file_again_changes_nothing() throws Exception {
        var steps = new LedgerSteps(http, jdbc, catalogue);
        var louise = steps.anEnrolledLearner("Louise", BACPRO, BRANLY);
        var malik = steps.anEnrolledLearner("Malik", BACPRO, BRANLY);
        var file = Files.createTempDirectory("import").resolve("results-june-2025.csv");
        Files.writeString(
                file,
                "learnerId,qualification,qualificationVersion,unitCode,unitVersion,assessedOn,method,setting,"
                        + "learningOutcomesAchieved,learningOutcomesNotAchieved,grade,gradingScheme\n"
                        + row(louise, "2025-06-16", "LO1;LO2;LO3;LO4;LO5;LO6", "", "15")
                        + row(malik, "2025-06-16", "LO1;LO2;LO3;LO4", "LO5;LO6", "9.5")
                        + row(malik, "2025-06-17", "LO7", "", ""));
        var before = eventsAbout(louise, malik);
        signIn(staffAccount(BRANLY, "Odile Registrar", "ASSESS"));

        // home leads to the import; the dry run shows each row with its status and reason
        click(By.id("imports"));
        upload(file);
        assertThat(rowStatuses()).containsExactly("line-2:new", "line-3:new", "line-4:conflicting");
        assertThat(find(By.id("line-4")).getText()).contains("unknown-learning-outcome", "LO7");
        assertThat(find(By.id("outcome")).getText()).contains("nothing has been recorded");
        assertThat(find(By.id("summary")).getText()).contains("3 rows: 2 new, 0 unchanged, 1 conflicting");
        screenshot("bulk-import");
        var errorFile = (String) ((JavascriptExecutor) browser())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.text()).then(done, e => done(String(e)));",
                        find(By.id("error-file")).getDomAttribute("href"));
        assertThat(errorFile).startsWith("line,column,rule,detail,learnerId,unit,assessedOn,recordedAs");
        assertThat(errorFile.strip().split("\\R")).hasSize(2);
        assertThat(errorFile.strip().split("\\R")[1])
                .startsWith("4,learningOutcomesAchieved,unknown-learning-outcome,");
        assertThat(eventsAbout(louise, malik)).isEqualTo(before);

        // "apply" refuses the whole file while a row conflicts
        click(By.id("apply"));
        assertThat(find(By.id("outcome")).getText()).contains("Nothing was recorded", "1 rows conflict");
        assertThat(eventsAbout(louise, malik)).isEqualTo(before);

        // applying only the valid rows records the two new ones
        click(By.id("apply-valid"));
        assertThat(find(By.id("outcome")).getText()).contains("Applied: 2 rows recorded");
        assertThat(find(By.id("line-2")).getText()).contains("recorded");
        assertThat(find(By.id("line-3")).getText()).contains("recorded");
        var afterApply = eventsAbout(louise, malik);
        assertThat(afterApply).isEqualTo(before + 2);

        // the same file again: the recorded rows are unchanged, nothing to apply, nothing recorded
        click(By.id("another"));
        find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        click(By.id("dry-run"));
        find(By.id("rows"));
        assertThat(rowStatuses()).containsExactly("line-2:unchanged", "line-3:unchanged", "line-4:conflicting");
        assertThat(find(By.id("summary")).getText()).contains("3 rows: 0 new, 2 unchanged, 1 conflicting");
        assertThat(all(By.id("apply"))).isEmpty();
        assertThat(all(By.id("apply-valid"))).isEmpty();
        assertThat(eventsAbout(louise, malik)).isEqualTo(afterApply);
        Files.delete(file);

        // staff without the assess function are refused the page
        signOut();
        signIn(staffAccount(BRANLY, "Victor Validator", "VALIDATE"));
        open("/staff/imports");
        assertThat(heading()).isEqualTo("Not allowed");
        assertThat(all(By.id("file"))).isEmpty();
        Files.delete(file.getParent());
    }
}
