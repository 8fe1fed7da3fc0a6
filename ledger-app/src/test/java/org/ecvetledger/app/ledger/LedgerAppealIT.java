package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;
import static org.ecvetledger.app.ledger.LedgerSteps.MEN;
import static org.ecvetledger.app.ledger.LedgerSteps.SIX_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.all;
import static org.ecvetledger.app.ledger.LedgerSteps.assertNotFound;
import static org.ecvetledger.app.ledger.LedgerSteps.assertRefused;
import static org.ecvetledger.app.ledger.LedgerSteps.assessment;
import static org.ecvetledger.app.ledger.LedgerSteps.fields;
import static org.ecvetledger.app.ledger.LedgerSteps.number;
import static org.ecvetledger.app.ledger.LedgerSteps.pathway;
import static org.ecvetledger.app.ledger.LedgerSteps.results;
import static org.ecvetledger.app.ledger.LedgerSteps.texts;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.assessment.AssessmentCascade;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appeals through the API (DOMAIN c7, decision (j)5; S12, S13): lodged within the awarding body's
 * window (30 days by default) counted from the subject's effective date, decided by that body; the
 * remedy is applied by the ledger and the superseded result stays, marked.
 */
@LedgerIT
class LedgerAppealIT {

    private static final Duration REMEDY = Duration.ofSeconds(20);

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    @Autowired
    EventProcessingConfiguration processing;

    LedgerSteps steps;
    LedgerHttp http;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp(environment);
        steps = new LedgerSteps(http, jdbc, catalogue);
    }

    private static String daysAgo(int days) {
        return LocalDate.now().minusDays(days).toString();
    }

    private LedgerHttp.Answer appeal(String institution, String json) {
        return http.postWithHeaders(
                "/api/appeals", json, Map.of(ActingHeaders.INSTITUTION, institution, ActingHeaders.PERSON, "Advocate"));
    }

    private LedgerHttp.Answer decide(String appeal, String what, String institution, String json) {
        return http.postWithHeaders(
                "/api/appeals/" + appeal + "/" + what,
                json,
                Map.of(ActingHeaders.INSTITUTION, institution, ActingHeaders.PERSON, "Commission d'appel"));
    }

    private String lodged(String learner, String assessment) {
        var answer = appeal(BRANLY, """
                {"learner": "%s", "assessment": "%s", "grounds": "LO6 was observed but marked as not achieved"}""".formatted(learner, assessment));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("appealId").asString();
    }

    @Test
    void S12_an_appeal_upheld_with_a_reassessment_leads_to_recognition_and_the_failed_assessment_stays_superseded() {
        var learner = steps.anEnrolledLearner("Amina", BACPRO, BRANLY);
        var failed = steps.assessed(
                learner,
                BRANLY,
                assessment(
                        BACPRO,
                        daysAgo(10),
                        all(results("U31@1", true, "LO1", "LO2", "LO3", "LO4", "LO5"), results("U31@1", false, "LO6")),
                        Map.of(),
                        null));
        var appeal = lodged(learner, failed);
        var reassessment = assessment(
                BACPRO,
                daysAgo(1),
                results("U31@1", true, SIX_OUTCOMES),
                Map.of(),
                "\"supersedes\": \"%s\", \"appeal\": \"%s\"".formatted(failed, appeal));

        assertRefused(steps.assess(learner, BRANLY, reassessment), 422, "reassessment-not-ordered");
        assertRefused(decide(appeal, "upholding", BRANLY, """
                        {"remedy": "REASSESS", "reasoning": "x", "effectiveDate": "%s"}""".formatted(daysAgo(2))), 422, "not-authorised");
        var upheld = decide(appeal, "upholding", MEN, """
                {"remedy": "REASSESS", "reasoning": "the examiner skipped the observation of LO6", "effectiveDate": "%s"}""".formatted(daysAgo(2)));
        assertThat(upheld.status()).as(upheld.body()).isEqualTo(201);
        var passed = steps.assessed(learner, BRANLY, reassessment);
        steps.validated(learner, BRANLY, BACPRO, "U31@1", List.of(passed), daysAgo(0));
        steps.recognised(learner, BRANLY, BACPRO, "U31@1", daysAgo(0));

        assertThat(steps.events(appeal)).containsExactly("AppealLodged", "AppealUpheld");
        var lodgedEvent = steps.payload(appeal, "AppealLodged");
        assertThat(lodgedEvent.get("deadline").asString())
                .isEqualTo(LocalDate.now().minusDays(10).plusDays(30).toString());
        assertThat(lodgedEvent.get("appealBody").get("value").asString()).isEqualTo(MEN);
        assertThat(steps.payload(appeal, "AppealUpheld").get("remedy").asString())
                .isEqualTo("REASSESS");
        assertThat(steps.events(passed)).containsExactly("AssessmentRecorded", "ReassessmentRecorded");
        assertThat(steps.payload(passed, "ReassessmentRecorded")
                        .get("supersedes")
                        .get("value")
                        .asString())
                .isEqualTo(failed);
        assertThat(steps.events(failed)).as("the failed assessment stays").containsExactly("AssessmentRecorded");
        assertThat(jdbc.queryForObject(
                        "select superseded_by::text from wl_assessment where assessment_id = ?::uuid",
                        String.class,
                        failed))
                .isEqualTo(passed);
        var recognised = steps.payload(pathway(learner, BACPRO), "UnitRecognised");
        assertThat(texts(recognised.get("basis"))).containsExactly(passed);
        // the order is spent: no second reassessment supersedes the same assessment
        assertRefused(
                steps.assess(learner, BRANLY, reassessment.replace(daysAgo(1), daysAgo(0))), 409, "already-superseded");
    }

    @Test
    void S13_a_late_appeal_is_refused_and_an_appeal_in_time_is_rejected_on_the_merits_leaving_the_credit_unchanged() {
        var learner = steps.anEnrolledLearner("Bilal", BACPRO, BRANLY);
        var old = steps.assessed(
                learner,
                BRANLY,
                assessment(BACPRO, daysAgo(31), results("U31@1", false, SIX_OUTCOMES), Map.of(), null));
        var recent = steps.assessed(
                learner,
                BRANLY,
                assessment(BACPRO, daysAgo(30), results("U31@1", true, SIX_OUTCOMES), Map.of("U31@1", 11), null));
        steps.validated(learner, BRANLY, BACPRO, "U31@1", List.of(recent), daysAgo(5));
        steps.recognised(learner, BRANLY, BACPRO, "U31@1", daysAgo(5));
        var path = pathway(learner, BACPRO);
        var events = steps.countEvents();

        var late = appeal(BRANLY, """
                {"learner": "%s", "assessment": "%s", "grounds": "too harsh"}""".formatted(learner, old));

        var problem = assertRefused(late, 422, "appeal-window-closed");
        assertThat(problem.get("detail").asString())
                .contains(LocalDate.now().minusDays(1).toString());
        assertThat(steps.countEvents()).isEqualTo(events);

        var inTime = lodged(learner, recent);
        var pathwayBefore = steps.events(path);
        var rejected = decide(inTime, "rejection", MEN, """
                {"reasoning": "the grade follows the agreed criteria", "effectiveDate": "%s"}""".formatted(daysAgo(0)));
        var twice = decide(inTime, "rejection", MEN, """
                {"reasoning": "again", "effectiveDate": "%s"}""".formatted(daysAgo(0)));

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(201);
        assertRefused(twice, 409, "appeal-decided");
        assertThat(steps.payload(inTime, "AppealRejected").get("reasoning").asString())
                .isEqualTo("the grade follows the agreed criteria");
        assertThat(steps.events(path)).isEqualTo(pathwayBefore);
        assertNotFound(decide(UUID.randomUUID().toString(), "rejection", MEN, """
                {"reasoning": "x", "effectiveDate": "%s"}""".formatted(daysAgo(0))));
    }

    @Test
    void an_appeal_upheld_with_a_corrected_result_corrects_the_assessment_and_flags_the_recognition_for_review() {
        var learner = steps.anEnrolledLearner("Chloé", BACPRO, BRANLY);
        var graded = steps.assessed(
                learner,
                BRANLY,
                assessment(BACPRO, daysAgo(12), results("U31@1", true, SIX_OUTCOMES), Map.of("U31@1", 9), null));
        steps.validated(learner, BRANLY, BACPRO, "U31@1", List.of(graded), daysAgo(11));
        steps.recognised(learner, BRANLY, BACPRO, "U31@1", daysAgo(11));
        var appeal = lodged(learner, graded);

        var upheld = decide(appeal, "upholding", MEN, """
                {"remedy": "CORRECT_RESULT", "reasoning": "points were miscounted", "effectiveDate": "%s",
                 "results": [%s], "grades": [{"unit": "U31@1", "grade": 12}]}""".formatted(
                        daysAgo(1), String.join(", ", results("U31@1", true, SIX_OUTCOMES))));

        assertThat(upheld.status()).as(upheld.body()).isEqualTo(201);
        await().atMost(REMEDY).until(() -> steps.events(graded).contains("AssessmentCorrected"));
        var corrected = steps.payload(graded, "AssessmentCorrected");
        assertThat(corrected.get("appeal").get("value").asString()).isEqualTo(appeal);
        assertThat(corrected.get("correctedBy").get("institution").get("value").asString())
                .isEqualTo(MEN);
        assertThat(number(corrected.get("grades").get(0).get("grade"))).isEqualByComparingTo("12");
        var path = pathway(learner, BACPRO);
        await().atMost(REMEDY).until(() -> steps.events(path).contains("RecognitionReviewRequired"));
    }

    @Test
    void an_appeal_against_a_recognition_upheld_by_reversing_it_revokes_the_recognition() {
        var learner = steps.anEnrolledLearner("Dario", BACPRO, BRANLY);
        steps.creditFor(learner, BRANLY, BACPRO, "U31@1", SIX_OUTCOMES, 14, daysAgo(3));
        var answer = appeal(BRANLY, """
                {"learner": "%s", "qualification": "%s", "unit": "U31@1", "grounds": "recognised on the wrong unit"}""".formatted(learner, BACPRO));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        var appeal = answer.json().get("appealId").asString();

        assertRefused(decide(appeal, "upholding", MEN, """
                        {"remedy": "REASSESS", "reasoning": "x", "effectiveDate": "%s"}""".formatted(daysAgo(0))), 422, "remedy-not-applicable");
        var upheld = decide(appeal, "upholding", MEN, """
                {"remedy": "REVERSE_DECISION", "reasoning": "U31 was not the unit assessed", "effectiveDate": "%s"}""".formatted(daysAgo(0)));

        assertThat(upheld.status()).as(upheld.body()).isEqualTo(201);
        var path = pathway(learner, BACPRO);
        await().atMost(REMEDY).until(() -> steps.events(path).contains("UnitRecognitionRevoked"));
        var revoked = steps.payload(path, "UnitRecognitionRevoked");
        assertThat(revoked.get("appeal").get("value").asString()).isEqualTo(appeal);
        assertThat(revoked.get("revokedBy").get("institution").get("value").asString())
                .isEqualTo(MEN);
    }

    /**
     * Found by the property test (issue 6): an appeal whose subject was withdrawn in the meantime —
     * here the recognition revoked by the invalidation of its assessment — cannot be upheld: there is
     * nothing left to reverse or correct. Before, the upholding was recorded and its remedy then
     * failed in the cascade for ever, holding back every change behind it in that segment.
     */
    @Test
    void an_appeal_whose_subject_was_withdrawn_since_is_not_upheld_and_the_cascade_carries_on() {
        var learner = steps.anEnrolledLearner("Elif", BACPRO, BRANLY);
        steps.creditFor(learner, BRANLY, BACPRO, "U31@1", SIX_OUTCOMES, 13, daysAgo(4));
        var assessment = steps.basisOf(learner, BACPRO, "U31@1");
        var againstRecognition = appeal(BRANLY, """
                {"learner": "%s", "qualification": "%s", "unit": "U31@1", "grounds": "recognised on the wrong unit"}""".formatted(learner, BACPRO));
        assertThat(againstRecognition.status()).as(againstRecognition.body()).isEqualTo(201);
        var againstAssessment = lodged(learner, assessment);
        var invalidated = steps.onAssessment(assessment, "invalidation", BRANLY, """
                {"reason": "the assessor was not authorised", "effectiveDate": "%s"}""".formatted(daysAgo(1)));
        assertThat(invalidated.status()).as(invalidated.body()).isEqualTo(201);
        var path = pathway(learner, BACPRO);
        await().atMost(REMEDY).until(() -> steps.events(path).contains("UnitRecognitionRevoked"));

        var reversal = decide(
                againstRecognition.json().get("appealId").asString(), "upholding", MEN, """
                {"remedy": "REVERSE_DECISION", "reasoning": "U31 was not the unit assessed", "effectiveDate": "%s"}""".formatted(daysAgo(0)));
        var correction = decide(againstAssessment, "upholding", MEN, """
                {"remedy": "CORRECT_RESULT", "reasoning": "points were miscounted", "effectiveDate": "%s",
                 "results": [%s], "grades": [{"unit": "U31@1", "grade": 12}]}""".formatted(
                        daysAgo(0), String.join(", ", results("U31@1", true, SIX_OUTCOMES))));
        var rejection = decide(againstAssessment, "rejection", MEN, """
                {"reasoning": "the assessment was invalidated: nothing is left to appeal", "effectiveDate": "%s"}""".formatted(daysAgo(0)));

        assertRefused(reversal, 409, "subject-withdrawn");
        assertRefused(correction, 409, "subject-withdrawn");
        assertThat(rejection.status())
                .as("an appeal can still be closed on the merits: " + rejection.body())
                .isEqualTo(201);
        assertThat(steps.events(assessment)).doesNotContain("AssessmentCorrected");
        // nothing was left failing in the cascade: every segment claimed, none in error, all at the head
        await().atMost(REMEDY).untilAsserted(() -> {
            var cascade = (StreamingEventProcessor) processing
                    .eventProcessor(AssessmentCascade.PROCESSING_GROUP)
                    .orElseThrow();
            long head = headOfTheStore();
            assertThat(cascade.processingStatus())
                    .hasSize(jdbc.queryForObject(
                            "select count(*) from tokenentry where processorname = ?",
                            Integer.class,
                            cascade.getName()));
            assertThat(cascade.processingStatus().values()).allSatisfy(segment -> {
                assertThat(segment.isErrorState())
                        .as(String.valueOf(segment.getError()))
                        .isFalse();
                assertThat(segment.getCurrentPosition().orElse(-1)).isGreaterThanOrEqualTo(head);
            });
        });
    }

    private long headOfTheStore() {
        return jdbc.queryForObject("select max(globalindex) from domainevententry", Long.class);
    }

    @Test
    void an_appeal_names_one_subject_and_every_bad_field() {
        var both = appeal(BRANLY, """
                {"learner": "%s", "assessment": "%s", "qualification": "%s", "unit": "U31@1", "grounds": "x"}""".formatted(UUID.randomUUID(), UUID.randomUUID(), BACPRO));
        var none = appeal(BRANLY, """
                {"learner": "%s", "grounds": " "}""".formatted(UUID.randomUUID()));
        var unknown = appeal(BRANLY, """
                {"learner": "%s", "assessment": "%s", "grounds": "x"}""".formatted(UUID.randomUUID(), UUID.randomUUID()));

        assertThat(fields(both.json())).containsExactly("assessment:one-of");
        assertThat(fields(none.json())).containsExactly("grounds:required");
        assertRefused(unknown, 422, "unknown-subject");
    }
}
