package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.app.ledger.LedgerSteps.FOUR_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.MALTA;
import static org.ecvetledger.app.ledger.LedgerSteps.MCAST;
import static org.ecvetledger.app.ledger.LedgerSteps.pathway;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.ecvetledger.app.pages.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Journey 3 of issue 11: an auditor follows a recognition trail (S11, S32) — searches a learner, reads the
 * timeline from assessments to the award with the withdrawn and revoked steps marked and the reason of
 * the invalidation, then follows the award's own trail; an auditor outside the jurisdiction is refused.
 */
class AuditorTrailBrowserIT extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    @Test
    void S11_S32_an_auditor_follows_the_trail_of_an_invalidated_assessment_to_the_revoked_award() throws Exception {
        var steps = new LedgerSteps(http, jdbc, catalogue);
        var learner = steps.anEnrolledLearner("Carmela", MALTA, MCAST);
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, null, "2022-06-30");
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-104@1", FOUR_OUTCOMES, null, "2023-06-30");
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-105@1", FOUR_OUTCOMES, null, "2025-06-30");
        var awarded = steps.award(learner, MCAST, MALTA, "2025-07-01");
        assertThat(awarded.status()).as(awarded.body()).isEqualTo(201);
        var invalidated = steps.onAssessment(steps.basisOf(learner, MALTA, "MT-HSC-104@1"), "invalidation", MCAST, """
                {"reason": "the assessor was not authorised", "effectiveDate": "2025-09-01"}""");
        assertThat(invalidated.status()).as(invalidated.body()).isEqualTo(201);
        var path = pathway(learner, MALTA);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> steps.events(path).contains("QualificationAwardRevoked"));
        var revoked = steps.payload(path, "QualificationAwardRevoked");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> http.get("/api/learners/" + learner + "/audit-trail")
                        .body()
                        .contains("QualificationAwardRevoked"));
        var awardId = http.get("/api/learners/" + learner + "/transcript")
                .json()
                .get("qualifications")
                .get(0)
                .get("awards")
                .get(0)
                .get("awardId")
                .asString();

        signIn(auditorAccount("MT"));
        assertThat(path()).as("an auditor lands on the search").isEqualTo("/audit");
        type("learner", "not-an-id");
        click(By.id("find-learner"));
        assertThat(find(By.cssSelector(".field-error")).getText()).contains("must be an identifier");

        type("learner", learner);
        click(By.id("find-learner"));
        assertThat(pathOnceAt("/learners/" + learner + "/trail")).isEqualTo("/learners/" + learner + "/trail");
        var stages = all(By.cssSelector("ol.timeline li.step")).stream()
                .map(step -> step.getAttribute("data-stage"))
                .distinct()
                .toList();
        assertThat(stages).contains("ASSESSMENT", "VALIDATION", "RECOGNITION", "AWARD");
        var invalidation = step("AssessmentInvalidated");
        assertThat(invalidation.getText())
                .contains("Reason: the assessor was not authorised")
                .contains("2025-09-01");
        assertThat(step("QualificationAwardRevoked").getText()).contains("By " + MCAST);
        assertThat(all(By.cssSelector("li.step.marked")))
                .as("the withdrawn and revoked steps stay on the trail, marked")
                .isNotEmpty();
        assertThat(revoked).isNotNull();
        screenshot("auditor-trail");

        open("/audit");
        type("award", awardId);
        click(By.id("find-award"));
        assertThat(pathOnceAt("/awards/" + awardId + "/trail")).isEqualTo("/awards/" + awardId + "/trail");
        assertThat(step("QualificationAwarded").getAttribute("data-stage")).isEqualTo("AWARD");
        assertThat(step("QualificationAwardRevoked")).isNotNull();

        signOut();
        signIn(auditorAccount("IS"));
        open("/learners/" + learner + "/trail");
        assertThat(heading())
                .as("an auditor of another jurisdiction is refused")
                .isEqualTo("Not allowed");
        open("/no/such/page");
        assertThat(heading()).isEqualTo("Not found");
    }

    private WebElement step(String eventType) {
        return find(By.cssSelector("li.step[data-type='" + eventType + "']"));
    }
}
