package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;
import static org.ecvetledger.app.ledger.LedgerSteps.FOUR_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.MALTA;
import static org.ecvetledger.app.ledger.LedgerSteps.MCAST;
import static org.ecvetledger.app.ledger.LedgerSteps.MUENCHEN;
import static org.ecvetledger.app.ledger.LedgerSteps.SIX_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.assertNotFound;
import static org.ecvetledger.app.ledger.LedgerSteps.assessment;
import static org.ecvetledger.app.ledger.LedgerSteps.fields;
import static org.ecvetledger.app.ledger.LedgerSteps.results;
import static org.ecvetledger.app.ledger.LedgerSteps.texts;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The personal transcript and the audit trails over HTTP, on events recorded through the real
 * command path (issue 7: S01, S02, S08, S17 with S32, time travel, CSV).
 */
@LedgerIT
class LedgerTranscriptIT {

    private static final String EVIDENCE_SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final Duration PROJECTION = Duration.ofSeconds(30);

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

    private String[] aLearnerAbroad(String name) {
        var learner = steps.anEnrolledLearner(name, BACPRO, BRANLY);
        var agreement = steps.aLearningAgreement(learner, steps.anActiveMou(), true);
        return new String[] {learner, agreement};
    }

    private static String underAgreement(String agreement) {
        return "\"learningAgreement\": \"%s\", \"evidence\": [{\"documentId\": \"HOST-TX-2027-031\", \"sha256\": \"%s\"}], \"criteriaReference\": \"MoU annex 2\""
                .formatted(agreement, EVIDENCE_SHA);
    }

    private JsonNode transcript(String learner, String query) {
        var answer = http.get("/api/learners/" + learner + "/transcript" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode unit(JsonNode transcript, String unit) {
        for (var line : transcript.get("units")) {
            if (line.get("unit").asString().equals(unit)) {
                return line;
            }
        }
        throw new AssertionError(unit + " is not on the transcript " + transcript);
    }

    private static boolean has(JsonNode transcript, String unit, String status) {
        for (var line : transcript.get("units")) {
            if (line.get("unit").asString().equals(unit)
                    && line.get("status").asString().equals(status)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the transcript projection already shows {@code count} validations of {@code unit}. */
    private boolean validations(String learner, String unit, int count) {
        var answer = http.get("/api/learners/" + learner + "/transcript");
        if (answer.status() != 200) {
            return false;
        }
        for (var line : answer.json().get("units")) {
            if (line.get("unit").asString().equals(unit)) {
                return line.get("validations").size() == count;
            }
        }
        return false;
    }

    /** Waits until the transcript projection shows {@code unit} with {@code status}. */
    private JsonNode awaitUnit(String learner, String unit, String status) {
        await().atMost(PROJECTION).until(() -> {
            var answer = http.get("/api/learners/" + learner + "/transcript");
            return answer.status() == 200 && has(answer.json(), unit, status);
        });
        return transcript(learner, "");
    }

    private static List<String> eventTypes(JsonNode trail) {
        var types = new ArrayList<String>();
        trail.get("entries").forEach(e -> types.add(e.get("eventType").asString()));
        return types;
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void S01_the_transcript_shows_U31_recognised_with_the_host_as_assessor_and_the_home_as_validator_and_recogniser() {
        var abroad = aLearnerAbroad("Léa");
        var learner = abroad[0];
        var agreement = abroad[1];
        var assessed = steps.assessed(
                learner,
                MUENCHEN,
                assessment(
                        BACPRO,
                        "2027-03-25",
                        results("U31@1", true, SIX_OUTCOMES),
                        Map.of("U31@1", 14),
                        underAgreement(agreement)));
        steps.validated(learner, BRANLY, BACPRO, "U31@1", List.of(assessed), "2027-04-10");
        steps.recognised(learner, BRANLY, BACPRO, "U31@1", "2027-04-12");

        var transcript = awaitUnit(learner, "U31@1", "RECOGNISED");
        var u31 = unit(transcript, "U31@1");

        assertThat(u31.get("qualification").asString()).isEqualTo(BACPRO);
        assertThat(u31.get("route").asString()).isEqualTo("MOBILITY");
        assertThat(u31.get("grade").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(14));
        assertThat(u31.get("gradingScheme").asString()).isEqualTo("0-20");
        assertThat(u31.get("jurisdiction").asString()).isEqualTo("FR");
        assertThat(u31.get("framework").asString()).isEqualTo("NONE");
        assertThat(u31.get("points").isNull()).as("R9: BAC PRO has no points").isTrue();
        assertThat(u31.get("attempts")).hasSize(1);
        assertThat(u31.get("attempts").get(0).get("assessor").asString()).isEqualTo(MUENCHEN);
        assertThat(u31.get("attempts").get(0).get("evidence").get(0).asString()).endsWith(EVIDENCE_SHA);
        assertThat(u31.get("validations").get(0).get("institution").asString()).isEqualTo(BRANLY);
        assertThat(u31.get("validations").get(0).get("effectiveDate").asString())
                .isEqualTo("2027-04-10");
        assertThat(u31.get("recognition").get("institution").asString()).isEqualTo(BRANLY);
        assertThat(u31.get("recognition").get("effectiveDate").asString()).isEqualTo("2027-04-12");
        assertThat(u31.get("mobility").get("learningAgreement").asString()).isEqualTo(agreement);
        assertThat(u31.get("mobility").get("host").asString()).isEqualTo(MUENCHEN);
        assertThat(u31.get("mobility").get("start").asString()).isEqualTo("2027-03-01");
        assertThat(u31.get("mobility").get("end").asString()).isEqualTo("2027-03-28");
        assertThat(u31.get("learningOutcomes")).hasSize(6);
        assertThat(transcript.get("qualifications").get(0).get("enrolledBy").asString())
                .isEqualTo(BRANLY);

        // S01: progress shows U31 done, one unit of the standard's mandatory ones
        var progressPath = "/api/learners/" + learner + "/progress/" + BACPRO + "?asOf=2027-04-30";
        await().atMost(PROJECTION).until(() -> {
            var answer = http.get(progressPath);
            return answer.status() == 200
                    && answer.json().get("mandatory").get("done").size() == 1;
        });
        var progress = http.get(progressPath).json();
        assertThat(texts(progress.get("mandatory").get("done"))).containsExactly("U31@1");
        assertThat(progress.get("mandatory").get("missing")).isNotEmpty();
        assertThat(texts(progress.get("mandatory").get("eventIds")))
                .containsExactly(u31.get("recognition").get("eventId").asString());
    }

    @Test
    void S02_part_of_a_unit_validated_abroad_is_in_progress_with_its_three_outcomes() {
        var abroad = aLearnerAbroad("Hugo");
        var learner = abroad[0];
        var host = steps.assessed(
                learner,
                MUENCHEN,
                assessment(
                        BACPRO,
                        "2027-03-20",
                        results("U32@1", true, "LO1", "LO2", "LO3"),
                        Map.of(),
                        underAgreement(abroad[1])));
        steps.validated(learner, BRANLY, BACPRO, "U32@1", List.of(host), "2027-04-10");

        await().atMost(PROJECTION).until(() -> validations(learner, "U32@1", 1));
        var u32 = unit(transcript(learner, ""), "U32@1");

        assertThat(u32.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(u32.get("recognition").isNull()).isTrue();
        var validated = new ArrayList<String>();
        u32.get("learningOutcomes").forEach(lo -> {
            if (lo.get("validated").asBoolean()) {
                validated.add(lo.get("id").asString());
            }
        });
        assertThat(validated).containsExactly("LO1", "LO2", "LO3");
    }

    @Test
    void S08_the_transcript_shows_both_attempts_and_the_recognised_grade() {
        var learner = steps.anEnrolledLearner("Yanis", BACPRO, BRANLY);
        var failed = steps.assessed(
                learner,
                BRANLY,
                assessment(BACPRO, "2024-01-15", results("U12@1", false, SIX_OUTCOMES), Map.of("U12@1", 7), null));
        var resit = steps.assessed(
                learner,
                BRANLY,
                assessment(BACPRO, "2024-06-12", results("U12@1", true, SIX_OUTCOMES), Map.of("U12@1", 12), null));
        steps.validated(learner, BRANLY, BACPRO, "U12@1", List.of(failed, resit), "2024-06-20");
        steps.recognised(learner, BRANLY, BACPRO, "U12@1", "2024-06-25");

        var u12 = unit(awaitUnit(learner, "U12@1", "RECOGNISED"), "U12@1");

        assertThat(u12.get("grade").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(12));
        assertThat(u12.get("route").asString()).isEqualTo("FORMAL");
        var attempts = u12.get("attempts");
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).get("assessmentId").asString()).isEqualTo(failed);
        assertThat(attempts.get(0).get("grade").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(7));
        assertThat(texts(attempts.get(0).get("notAchieved"))).containsExactlyElementsOf(SIX_OUTCOMES);
        assertThat(attempts.get(1).get("assessmentId").asString()).isEqualTo(resit);
    }

    @Test
    void
            S17_S32_the_award_trail_found_by_its_award_id_runs_from_enrolment_to_the_award_and_every_total_names_its_recognitions() {
        var learner = steps.anEnrolledLearner("Maria", MALTA, MCAST);
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, null, "2022-06-30");
        steps.evaluation(learner, MCAST, MALTA, "2022-07-01");
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
        var transcript = transcript(learner, "");
        var awardId = transcript.at("/qualifications/0/awards/0/awardId").asString();
        // the progress read model may show the award a moment after the transcript does
        await().atMost(PROJECTION)
                .until(() -> http.get("/api/learners/" + learner + "/progress/" + MALTA)
                        .json()
                        .path("award")
                        .isObject());
        var progress = http.get("/api/learners/" + learner + "/progress/" + MALTA);
        assertThat(progress.status()).as(progress.body()).isEqualTo(200);
        assertThat(progress.json().at("/award/awardId").asString())
                .as("the progress audit names the same award")
                .isEqualTo(awardId);
        var trailAnswer = http.get("/api/awards/" + awardId + "/audit-trail");
        assertThat(trailAnswer.status()).as(trailAnswer.body()).isEqualTo(200);
        var trail = trailAnswer.json();
        assertThat(trail.get("subject").asString()).contains(awardId, learner, MALTA);
        assertThat(http.get("/api/learners/" + learner + "/audit-trail?qualification=" + MALTA)
                        .json()
                        .get("entries"))
                .as("the pathway had one award: its trail is the qualification's")
                .isEqualTo(trail.get("entries"));
        assertNotFound(http.get("/api/awards/" + UUID.randomUUID() + "/audit-trail"));
        assertThat(http.get("/api/awards/not-an-award/audit-trail").status()).isEqualTo(400);
        // the award's trail is its learner's record (issue 10): the learner reads it, and the read is
        // in the learner's read audit; another learner and the platform administrator are refused
        assertThat(http.asLearner(learner)
                        .get("/api/awards/" + awardId + "/audit-trail")
                        .status())
                .isEqualTo(200);
        var otherLearner = steps.anEnrolledLearner("Other award reader", BACPRO, BRANLY);
        var refused = http.asLearner(otherLearner).get("/api/awards/" + awardId + "/audit-trail");
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().get("rule").asString()).isEqualTo("learner-record-read");
        assertThat(http.asAdmin().get("/api/awards/" + awardId + "/audit-trail").status())
                .isEqualTo(403);
        assertThat(http.asLearner(learner)
                        .get("/api/learners/" + learner + "/reads")
                        .body())
                .contains("GET /api/awards/" + awardId + "/audit-trail");

        var total = transcript.get("totals").get(0);
        assertThat(total.get("framework").asString()).isEqualTo("ECVET");
        assertThat(total.get("points").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(120));
        assertThat(total.get("sources")).hasSize(3);
        var recognitionIds = new ArrayList<String>();
        trail.get("entries").forEach(e -> {
            if (e.get("eventType").asString().equals("UnitRecognised")) {
                recognitionIds.add(e.get("eventId").asString());
            }
        });
        var sourceIds = new ArrayList<String>();
        total.get("sources").forEach(s -> sourceIds.add(s.get("eventId").asString()));
        assertThat(sourceIds)
                .as("R7: every point is traceable to a recognition in the trail")
                .containsExactlyInAnyOrderElementsOf(recognitionIds);

        var types = eventTypes(trail);
        assertThat(types.get(0)).isEqualTo("LearnerRegistered");
        assertThat(types.get(1)).isEqualTo("LearnerEnrolled");
        assertThat(types.subList(2, 5)).containsOnly("AssessmentRecorded");
        assertThat(types.subList(5, 8)).containsOnly("CreditValidated");
        assertThat(types.subList(8, 11)).containsOnly("UnitRecognised");
        assertThat(types.subList(11, types.size()))
                .containsExactly("AwardEligibilityEvaluated", "AwardEligibilityEvaluated", "QualificationAwarded");
        var firstEvaluation = trail.get("entries").get(11);
        assertThat(texts(firstEvaluation.get("markers"))).containsExactly("SUPERSEDED");
        assertThat(firstEvaluation.get("supersededBy").asString())
                .isEqualTo(trail.get("entries").get(12).get("eventId").asString());
        trail.get("entries").forEach(e -> {
            assertThat(e.get("recordedAt").isNull()).isFalse();
            assertThat(e.get("effectiveDate").isNull()).isFalse();
            assertThat(e.get("correlationId").isNull()).as(e.toString()).isFalse();
        });
        var award = trail.get("entries").get(types.size() - 1);
        assertThat(award.get("actorInstitution").asString()).isEqualTo(MCAST);
        assertThat(award.get("actorPerson").asString()).isEqualTo("Officer of " + MCAST);
        assertThat(award.get("effectiveDate").asString()).isEqualTo("2025-07-01");
        assertThat(award.get("eventId").asString()).isEqualTo(awardId);
    }

    @Test
    void time_travel_asOf_and_knownAt_show_the_transcript_before_the_recognition() {
        var learner = steps.anEnrolledLearner("Inès", BACPRO, BRANLY);
        var assessed = steps.assessed(
                learner,
                BRANLY,
                assessment(BACPRO, "2024-03-01", results("U2@1", true, SIX_OUTCOMES), Map.of("U2@1", 15), null));
        steps.validated(learner, BRANLY, BACPRO, "U2@1", List.of(assessed), "2024-03-10");
        await().atMost(PROJECTION).until(() -> validations(learner, "U2@1", 1));
        var beforeRecognition = Instant.now();
        steps.recognised(learner, BRANLY, BACPRO, "U2@1", "2024-03-20");
        awaitUnit(learner, "U2@1", "RECOGNISED");

        var known = transcript(learner, "?knownAt=" + encoded(beforeRecognition.toString()));
        var asOf = transcript(learner, "?asOf=2024-03-15");
        var asOfAfter = transcript(learner, "?asOf=2024-03-20");
        var trail = http.get(
                        "/api/learners/" + learner + "/audit-trail?knownAt=" + encoded(beforeRecognition.toString()))
                .json();

        assertThat(unit(known, "U2@1").get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(known.get("knownAt").asString()).isEqualTo(beforeRecognition.toString());
        assertThat(unit(asOf, "U2@1").get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(asOf.get("asOf").asString()).isEqualTo("2024-03-15");
        assertThat(unit(asOfAfter, "U2@1").get("status").asString()).isEqualTo("RECOGNISED");
        assertThat(eventTypes(trail)).doesNotContain("UnitRecognised").contains("CreditValidated");
    }

    @Test
    void the_transcript_is_served_as_csv_with_one_line_per_unit() {
        var learner = steps.anEnrolledLearner("Chloé", BACPRO, BRANLY);
        steps.creditFor(learner, BRANLY, BACPRO, "U4@1", SIX_OUTCOMES, 13, "2024-05-02");
        awaitUnit(learner, "U4@1", "RECOGNISED");

        var csv = http.getBytes("/api/learners/" + learner + "/transcript", "text/csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.contentDisposition()).contains("transcript-" + learner + ".csv");
        var lines = csv.text().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("learner,qualification,unit,status,partOfUnit,route,jurisdiction,grade");
        var cells = lines[1].split(",", -1);
        assertThat(cells).hasSize(lines[0].split(",").length);
        assertThat(List.of(cells).subList(0, 8))
                .containsExactly(learner, BACPRO, "U4@1", "RECOGNISED", "false", "FORMAL", "FR", "13");
    }

    @Test
    void R28_an_institution_trail_holds_the_events_it_took_part_in() {
        var abroad = aLearnerAbroad("Noah");
        var learner = abroad[0];
        var assessed = steps.assessed(
                learner,
                MUENCHEN,
                assessment(
                        BACPRO,
                        "2027-03-25",
                        results("U31@1", true, SIX_OUTCOMES),
                        Map.of("U31@1", 15),
                        underAgreement(abroad[1])));
        steps.validated(learner, BRANLY, BACPRO, "U31@1", List.of(assessed), "2027-04-10");
        await().atMost(PROJECTION).until(() -> validations(learner, "U31@1", 1));
        await().atMost(PROJECTION)
                .until(() ->
                        unit(transcript(learner, ""), "U31@1").get("attempts").size() == 1);

        var hostIds = institutionTrailAggregates(MUENCHEN);
        assertThat(hostIds).contains(assessed, abroad[1]).doesNotContain(learner + "/" + BACPRO);
        assertThat(institutionTrailAggregates(BRANLY)).contains(learner + "/" + BACPRO);
    }

    /** The aggregate of every entry of an institution's trail, over all its pages (other tests' events too). */
    private List<String> institutionTrailAggregates(String institution) {
        var ids = new ArrayList<String>();
        var page = "/api/institutions/" + institution + "/audit-trail";
        while (page != null) {
            var answer = http.get(page);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            var json = answer.json();
            json.get("entries").forEach(e -> ids.add(e.get("aggregateId").asString()));
            page = json.hasNonNull("nextPage") ? json.get("nextPage").asString() : null;
        }
        return ids;
    }

    @Test
    void a_bad_asOf_or_knownAt_is_a_problem_naming_the_field_and_an_unknown_learner_is_not_found() {
        var learner = steps.anEnrolledLearner("Emma", BACPRO, BRANLY);

        var bad = http.get("/api/learners/" + learner + "/transcript?asOf=1st-of-March&knownAt=yesterday");
        var badTrail = http.get("/api/learners/" + learner + "/audit-trail?asOf=2024-02-30");

        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(fields(bad.json())).containsExactly("asOf:iso-date", "knownAt:iso-instant");
        assertThat(badTrail.status()).isEqualTo(400);
        assertThat(fields(badTrail.json())).containsExactly("asOf:iso-date");
        assertNotFound(http.get("/api/learners/" + UUID.randomUUID() + "/transcript"));
        assertNotFound(http.get("/api/learners/" + UUID.randomUUID() + "/audit-trail"));
        await().atMost(PROJECTION)
                .until(() ->
                        http.get("/api/learners/" + learner + "/transcript").status() == 200);
        assertNotFound(http.get("/api/learners/" + learner + "/audit-trail?qualification=NO-SUCH-QUALIFICATION"));
    }
}
