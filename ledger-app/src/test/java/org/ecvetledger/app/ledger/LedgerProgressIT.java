package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;
import static org.ecvetledger.app.ledger.LedgerSteps.ENTE_ROMA;
import static org.ecvetledger.app.ledger.LedgerSteps.FOUR_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.LAZIO_OSS;
import static org.ecvetledger.app.ledger.LedgerSteps.MALTA;
import static org.ecvetledger.app.ledger.LedgerSteps.MCAST;
import static org.ecvetledger.app.ledger.LedgerSteps.SIX_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.all;
import static org.ecvetledger.app.ledger.LedgerSteps.assessment;
import static org.ecvetledger.app.ledger.LedgerSteps.fields;
import static org.ecvetledger.app.ledger.LedgerSteps.pathway;
import static org.ecvetledger.app.ledger.LedgerSteps.results;
import static org.ecvetledger.app.ledger.LedgerSteps.texts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
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
 * Qualification progress over HTTP on the real command path (issue 7 item 2, ADR 0009): the degree
 * audit under the learner's rule-set version, the progress statement at a cut-off date, time travel
 * by effective date and by recorded instant, what-if without recording anything, and point provenance.
 */
@LedgerIT
class LedgerProgressIT {

    private static final String LAZIO_RECOGNITION = "IT-LAZIO-CERT";

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

    @Test
    void S17_the_progress_statement_grows_30_90_120_at_each_cut_off_and_every_point_names_its_recognition() {
        var learner = steps.anEnrolledLearner("Maria", MALTA, MCAST);
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, null, "2022-06-30");
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-104@1", FOUR_OUTCOMES, null, "2023-06-30");
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-105@1", FOUR_OUTCOMES, null, "2025-06-30");
        var all = awaitProgress(
                learner,
                MALTA,
                "?asOf=2025-12-31",
                p -> p.get("eventsConsidered").asInt() == 7);

        var at2022 = progress(learner, MALTA, "?asOf=2022-12-31");
        var at2023 = progress(learner, MALTA, "?asOf=2023-12-31");

        assertThat(at2022.get("points").get("held").decimalValue()).isEqualByComparingTo("30");
        assertThat(at2023.get("points").get("held").decimalValue()).isEqualByComparingTo("90");
        assertThat(all.get("points").get("held").decimalValue()).isEqualByComparingTo("120");
        assertThat(all.get("points").get("required").decimalValue()).isEqualByComparingTo("120");
        assertThat(at2023.get("eligibility").get("eligible").asBoolean()).isFalse();
        assertThat(all.get("eligibility").get("eligible").asBoolean()).isTrue();
        assertThat(all.get("standard").asString()).isEqualTo(MALTA + "@1");
        assertThat(texts(all.get("points").get("eventIds")))
                .as("R7: the points held trace back to the recognitions")
                .containsExactlyInAnyOrderElementsOf(eventIds(pathway(learner, MALTA), "UnitRecognised"));
        assertThat(all.get("enrolmentEventId").asString())
                .isEqualTo(eventIds(pathway(learner, MALTA), "LearnerEnrolled").get(0));
    }

    @Test
    void S18_enough_points_without_the_mandatory_unit_shows_the_combination_invalid_with_guidance() {
        var learner = steps.anEnrolledLearner("Karl", MALTA, MCAST);
        for (var unit : List.of("MT-HSC-103@1", "MT-HSC-104@1", "MT-HSC-105@1")) {
            steps.creditFor(learner, MCAST, MALTA, unit, FOUR_OUTCOMES, null, "2024-06-30");
        }

        var progress = awaitProgress(
                learner,
                MALTA,
                "?asOf=2024-07-01",
                p -> p.get("eventsConsidered").asInt() == 7);

        assertThat(progress.get("points").get("held").decimalValue()).isEqualByComparingTo("130");
        assertThat(progress.get("points").get("satisfied").asBoolean()).isTrue();
        assertThat(texts(progress.get("mandatory").get("missing"))).containsExactly("MT-HSC-101@1");
        assertThat(progress.get("eligibility").get("eligible").asBoolean()).isFalse();
        assertThat(texts(progress.get("eligibility").get("reasons"))).containsExactly("MISSING_MANDATORY:MT-HSC-101");
        assertThat(texts(progress.get("guidance")))
                .startsWith("Points are enough (130 of 120) but mandatory unit MT-HSC-101 is missing.")
                .contains("Recognise mandatory unit MT-HSC-101 (30 points).");
        var group = progress.get("electiveGroups").get(0);
        assertThat(group.get("group").asString()).isEqualTo("short-courses");
        assertThat(group.get("pointsHeld").decimalValue()).isEqualByComparingTo("130");
        assertThat(group.get("satisfied").asBoolean()).isTrue();
    }

    @Test
    void S19_the_audit_shows_the_weighted_average_that_compensates_a_weak_unit_and_the_exact_boundary() {
        var compensated = aBacProLearnerWith("Sami", bacProGrades(11, 8, 11));
        var boundary = aBacProLearnerWith("Lou", bacProGrades(15, 8, 10));

        var sami = awaitProgress(
                compensated,
                BACPRO,
                "?asOf=2025-07-01",
                p -> p.get("eventsConsidered").asInt() == 25);
        var lou = awaitProgress(
                boundary,
                BACPRO,
                "?asOf=2025-07-01",
                p -> p.get("eventsConsidered").asInt() == 25);

        assertThat(sami.get("weightedAverage").get("average").decimalValue()).isEqualByComparingTo("10.35");
        assertThat(sami.get("weightedAverage").get("satisfied").asBoolean()).isTrue();
        assertThat(sami.get("eligibility").get("eligible").asBoolean()).isTrue();
        assertThat(sami.get("points").isNull()).as("R9: BAC PRO has no points").isTrue();
        assertThat(sami.get("weightedAverage").get("eventIds")).hasSize(12);
        assertThat(lou.get("weightedAverage").get("average").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(lou.get("weightedAverage").get("comparator").asString()).isEqualTo("AT_LEAST");
        assertThat(lou.get("eligibility").get("eligible").asBoolean()).isTrue();
    }

    @Test
    void knownAt_shows_the_progress_as_the_ledger_knew_it_and_asOf_as_it_stood_on_a_date() {
        var learner = steps.anEnrolledLearner("Tomas", MALTA, MCAST);
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, null, "2024-01-10");
        awaitProgress(learner, MALTA, "", p -> p.get("eventsConsidered").asInt() == 3);
        var between = Instant.now();
        // recorded later, though it took effect earlier than the first recognition's audit date
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-104@1", FOUR_OUTCOMES, null, "2023-11-15");
        var now =
                awaitProgress(learner, MALTA, "", p -> p.get("eventsConsidered").asInt() == 5);

        var knownThen = progress(learner, MALTA, "?knownAt=" + between);
        var asOfDecember = progress(learner, MALTA, "?asOf=2023-12-31");

        assertThat(now.get("points").get("held").decimalValue()).isEqualByComparingTo("90");
        assertThat(knownThen.get("points").get("held").decimalValue()).isEqualByComparingTo("30");
        assertThat(knownThen.get("knownAt").asString()).isEqualTo(between.toString());
        assertThat(asOfDecember.get("points").get("held").decimalValue()).isEqualByComparingTo("60");
        assertThat(texts(asOfDecember.get("mandatory").get("missing"))).containsExactly("MT-HSC-101@1");
        assertThat(http.get(path(learner, MALTA) + "?asOf=2022-08-31").status())
                .as("not yet enrolled on that date")
                .isEqualTo(404);
    }

    @Test
    void S18_a_what_if_with_the_missing_mandatory_unit_is_eligible_and_records_nothing() {
        var learner = steps.anEnrolledLearner("Jana", MALTA, MCAST);
        for (var unit : List.of("MT-HSC-103@1", "MT-HSC-104@1", "MT-HSC-105@1")) {
            steps.creditFor(learner, MCAST, MALTA, unit, FOUR_OUTCOMES, null, "2024-06-30");
        }
        awaitProgress(
                learner,
                MALTA,
                "?asOf=2024-07-01",
                p -> p.get("eventsConsidered").asInt() == 7);
        var events = steps.countEvents();
        var facts = progressFacts(learner);

        var remembered = jdbc.queryForObject("select count(*) from idempotency_record", Long.class);

        var whatIf = http.postWithHeader(path(learner, MALTA), """
                {"asOf": "2024-07-01", "recognitions": [{"unit": "MT-HSC-101@1"}]}""", "Idempotency-Key", "what-if-" + learner);

        assertThat(whatIf.status()).as(whatIf.body()).isEqualTo(200);
        var progress = whatIf.json();
        assertThat(progress.get("eligibility").get("eligible").asBoolean()).isTrue();
        assertThat(progress.get("points").get("held").decimalValue()).isEqualByComparingTo("160");
        assertThat(progress.get("whatIf").get("hypotheses").get(0).get("points").decimalValue())
                .isEqualByComparingTo("30");
        var unit = progress.get("units").get(0);
        assertThat(unit.get("unit").asString()).isEqualTo("MT-HSC-101@1");
        assertThat(unit.get("hypothesis").asString()).isEqualTo("hypothetical recognition");
        assertThat(unit.get("eventIds")).isEmpty();
        assertThat(steps.countEvents()).as("a what-if writes no event").isEqualTo(events);
        assertThat(progressFacts(learner)).as("nor any read-model row").isEqualTo(facts);
        assertThat(jdbc.queryForObject("select count(*) from idempotency_record", Long.class))
                .as("nor an idempotency record")
                .isEqualTo(remembered);
        assertThat(progress(learner, MALTA, "?asOf=2024-07-01")
                        .get("eligibility")
                        .get("eligible")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void S23_a_what_if_transfer_counts_the_receiving_units_points_keeps_partial_credit_apart_and_records_nothing() {
        aLazioRecognitionBody();
        var declared = http.post("/api/equivalences", """
                {"source": "IT-OSS-2@1", "target": "MT-HSC-103@1", "coverage": "FULL", "basis": "MOU",
                 "basisReference": "MoU Lazio–MCAST on care qualifications, 2024", "declaredBy": "%s",
                 "effectiveFrom": "2024-09-01"}""".formatted(MCAST));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        var learner = aLazioLearnerWithEveryUnit("Amina");
        awaitProgress(
                learner,
                LAZIO_OSS,
                "?asOf=2024-12-31",
                p -> p.get("eventsConsidered").asInt() == 9);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from rm_progress_equivalence where source_unit = 'IT-OSS-2@1'",
                                Integer.class)
                        == 1);
        var events = steps.countEvents();

        var whatIf = http.post(path(learner, LAZIO_OSS), """
                {"asOf": "2024-12-31", "transferTo": "%s"}""".formatted(MALTA));

        assertThat(whatIf.status()).as(whatIf.body()).isEqualTo(200);
        var progress = whatIf.json();
        var transfer = progress.get("whatIf").get("transfer");
        assertThat(transfer.get("from").asString()).isEqualTo(LAZIO_OSS + "@1");
        assertThat(transfer.get("to").asString()).isEqualTo(MALTA + "@1");
        assertThat(transfer.get("transferred")).singleElement().satisfies(mapped -> {
            assertThat(mapped.get("sourceUnit").asString()).isEqualTo("IT-OSS-2@1");
            assertThat(mapped.get("sourcePoints").isNull())
                    .as("R9: Lazio has no points")
                    .isTrue();
            assertThat(mapped.get("targetUnit").asString()).isEqualTo("MT-HSC-103@1");
            assertThat(mapped.get("targetPoints").decimalValue())
                    .as("decision (j)2: the receiving unit's points")
                    .isEqualByComparingTo("40");
            assertThat(mapped.get("sourceEventId").asString())
                    .isIn(eventIds(pathway(learner, LAZIO_OSS), "UnitRecognised"));
        });
        assertThat(transfer.get("partial")).singleElement().satisfies(mapped -> {
            assertThat(mapped.get("sourceUnit").asString()).isEqualTo("CC-HYGIENE@1");
            assertThat(mapped.get("targetUnit").asString()).isEqualTo("MT-HSC-102@1");
            assertThat(texts(mapped.get("coveredOutcomes"))).containsExactly("LO1", "LO2");
        });
        assertThat(texts(transfer.get("notTransferable"))).containsExactly("IT-OSS-1@1", "IT-OSS-3@1");
        assertThat(progress.get("standard").asString()).isEqualTo(MALTA + "@1");
        assertThat(progress.get("points").get("held").decimalValue()).isEqualByComparingTo("40");
        assertThat(texts(progress.get("mandatory").get("missing"))).containsExactly("MT-HSC-101@1");
        assertThat(progress.get("eligibility").get("eligible").asBoolean()).isFalse();
        assertThat(steps.countEvents()).as("a what-if transfer writes no event").isEqualTo(events);
    }

    @Test
    void S15_the_audit_shows_the_final_examination_gate_then_the_passed_examination_and_the_award() {
        aLazioRecognitionBody();
        var learner = aLazioLearnerWithEveryUnit("Giulia");
        var before = awaitProgress(
                learner,
                LAZIO_OSS,
                "?asOf=2024-06-01",
                p -> p.get("eventsConsidered").asInt() == 9);
        var exam = steps.post(learner, "final-examinations", ENTE_ROMA, """
                {"qualification": "%s", "examinedOn": "2024-06-20", "passed": true, "grade": 27}""".formatted(LAZIO_OSS));
        assertThat(exam.status()).as(exam.body()).isEqualTo(201);
        var awarded = steps.award(learner, LedgerSteps.REGIONE_LAZIO, LAZIO_OSS, "2024-07-01");
        assertThat(awarded.status()).as(awarded.body()).isEqualTo(201);

        var after = awaitProgress(
                learner,
                LAZIO_OSS,
                "?asOf=2024-12-31",
                p -> p.get("eventsConsidered").asInt() == 11);
        var betweenExamAndAward = progress(learner, LAZIO_OSS, "?asOf=2024-06-25");

        assertThat(before.get("finalExamination").get("required").asBoolean()).isTrue();
        assertThat(before.get("finalExamination").get("status").asString()).isEqualTo("NOT_TAKEN");
        assertThat(texts(before.get("eligibility").get("reasons"))).containsExactly("FINAL_EXAMINATION_MISSING");
        assertThat(texts(before.get("guidance")))
                .startsWith("Not yet eligible: a passed final examination is required.")
                .anyMatch(line -> line.startsWith("Pass the final examination"));
        assertThat(before.get("points").isNull())
                .as("R9: no points in the Lazio standard")
                .isTrue();
        assertThat(betweenExamAndAward.get("finalExamination").get("status").asString())
                .isEqualTo("PASSED");
        assertThat(betweenExamAndAward.get("eligibility").get("eligible").asBoolean())
                .isTrue();
        assertThat(betweenExamAndAward.get("award").isNull()).isTrue();
        var path = pathway(learner, LAZIO_OSS);
        assertThat(after.get("finalExamination").get("eventId").asString())
                .isEqualTo(eventIds(path, "FinalExaminationRecorded").get(0));
        assertThat(after.get("award").get("eventId").asString())
                .isEqualTo(eventIds(path, "QualificationAwarded").get(0));
        assertThat(texts(after.get("guidance"))).containsExactly("The qualification was awarded on 2024-07-01.");
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_an_unknown_pathway_is_not_found() {
        var learner = steps.anEnrolledLearner("Ivo", MALTA, MCAST);
        awaitProgress(learner, MALTA, "", p -> p.get("eventsConsidered").asInt() == 1);
        var events = steps.countEvents();

        var badDates = http.get(path(learner, MALTA) + "?asOf=2024-02-30&knownAt=yesterday");
        var notAUnit = http.post(path(learner, MALTA), """
                {"recognitions": [{"unit": "U31@1", "grade": 12}]}""");
        var nothingToAsk = http.post(path(learner, MALTA), "{}");
        var malformed = http.post(path(learner, MALTA), """
                {"asOf": "soon", "recognitions": [{"unit": "MT-HSC-101"}], "transferTo": "x"}""");
        var sameQualification = http.post(path(learner, MALTA), """
                {"transferTo": "%s"}""".formatted(MALTA));
        var notEnrolled = http.get(path(learner, BACPRO));

        assertInvalid(badDates, "asOf:format", "knownAt:format");
        assertInvalid(notAUnit, "recognitions[0].unit:not-in-standard");
        assertInvalid(nothingToAsk, "recognitions:required");
        assertThat(fields(malformed.json()))
                .containsExactlyInAnyOrder("asOf:format", "recognitions[0].unit:pattern", "transferTo:pattern");
        assertInvalid(sameQualification, "transferTo:another-qualification");
        assertThat(notEnrolled.status()).as(notEnrolled.body()).isEqualTo(404);
        assertThat(notEnrolled.contentType()).startsWith("application/problem+json");
        assertThat(steps.countEvents()).isEqualTo(events);
    }

    // --- steps

    // --- changing the past (ADR 0010): progress follows revocations and reviews

    @Test
    void S11_an_invalidated_assessment_takes_its_points_and_the_award_out_of_progress_from_its_effective_date() {
        var learner = steps.anEnrolledLearner("Carmela", MALTA, MCAST);
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, null, "2022-06-30");
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-104@1", FOUR_OUTCOMES, null, "2023-06-30");
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-105@1", FOUR_OUTCOMES, null, "2025-06-30");
        var awarded = steps.award(learner, MCAST, MALTA, "2025-07-01");
        assertThat(awarded.status()).as(awarded.body()).isEqualTo(201);
        var path = pathway(learner, MALTA);
        awaitProgress(learner, MALTA, "?asOf=2025-09-02", p -> !p.get("award").isNull());
        var fraudulent = steps.basisOf(learner, MALTA, "MT-HSC-104@1");
        var beforeInvalidation = Instant.now();

        var invalidated = steps.onAssessment(fraudulent, "invalidation", MCAST, """
                {"reason": "the assessor was not authorised", "effectiveDate": "2025-09-01"}""");

        assertThat(invalidated.status()).as(invalidated.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> steps.events(path).contains("QualificationAwardRevoked"));
        var after = awaitProgress(
                learner,
                MALTA,
                "?asOf=2025-09-02",
                p -> p.get("award").isNull()
                        && progressFacts(learner) == steps.events(path).size());
        assertThat(after.get("points").get("held").decimalValue()).isEqualByComparingTo("60");
        assertThat(texts(after.get("points").get("eventIds")))
                .doesNotContain(eventIds(path, "UnitRecognised").get(1))
                .hasSize(2);
        assertThat(unitStatus(after, "MT-HSC-104@1")).isEqualTo("MISSING");
        assertThat(after.get("eligibility").get("eligible").asBoolean()).isFalse();
        assertThat(texts(after.get("guidance")).get(0)).startsWith("Not yet eligible");

        var dayBefore = progress(learner, MALTA, "?asOf=2025-08-31");
        assertThat(dayBefore.get("points").get("held").decimalValue())
                .as("the invalidation takes effect on 2025-09-01")
                .isEqualByComparingTo("120");
        assertThat(dayBefore.get("award").get("eventId").asString())
                .isEqualTo(eventIds(path, "QualificationAwarded").get(0));
        var knownBefore = progress(learner, MALTA, "?asOf=2025-09-02&knownAt=" + beforeInvalidation);
        assertThat(knownBefore.get("points").get("held").decimalValue())
                .as("as known before the invalidation was recorded")
                .isEqualByComparingTo("120");
        assertThat(knownBefore.get("award").isNull()).isFalse();
    }

    @Test
    void S10_a_corrected_assessment_shows_the_recognition_under_review_until_its_body_confirms_it() {
        var learner = steps.anEnrolledLearner("Jeanne", BACPRO, BRANLY);
        steps.creditFor(learner, BRANLY, BACPRO, "U31@1", SIX_OUTCOMES, 14, "2025-06-10");
        var assessment = steps.basisOf(learner, BACPRO, "U31@1");
        var path = pathway(learner, BACPRO);

        var corrected = steps.onAssessment(assessment, "corrections", BRANLY, """
                {"results": [%s], "grades": [{"unit": "U31@1", "grade": 11}], "reason": "typo", "effectiveDate": "2025-09-01"}""".formatted(
                        String.join(", ", results("U31@1", true, SIX_OUTCOMES))));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> steps.events(path).contains("RecognitionReviewRequired"));

        var flagged = awaitProgress(
                learner, BACPRO, "?asOf=2025-09-02", p -> !p.get("underReview").isEmpty());
        var review = flagged.get("underReview").get(0);
        assertThat(review.get("decision").asString()).isEqualTo("UNIT_RECOGNITION");
        assertThat(review.get("unit").asString()).isEqualTo("U31@1");
        assertThat(review.get("reason").asString()).isEqualTo("typo");
        assertThat(review.get("flaggedOn").asString()).isEqualTo("2025-09-01");
        assertThat(review.get("eventId").asString())
                .isEqualTo(eventIds(path, "RecognitionReviewRequired").get(0));
        assertThat(unitStatus(flagged, "U31@1")).as("a flagged decision stands").isEqualTo("RECOGNISED");
        assertThat(texts(flagged.get("guidance")))
                .contains("The recognition of U31 is under review since 2025-09-01 (typo): it still counts, but the"
                        + " qualification cannot be awarded until the reviewing body confirms or revokes it"
                        + " (review-pending).");

        var confirmed = steps.post(learner, "review-confirmations", BRANLY, """
                {"qualification": "%s", "unit": "U31@1", "effectiveDate": "2025-09-05", "note": "11 changes nothing"}""".formatted(BACPRO));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);

        var cleared = awaitProgress(
                learner, BACPRO, "?asOf=2025-09-06", p -> p.get("underReview").isEmpty());
        assertThat(texts(cleared.get("guidance"))).noneMatch(line -> line.contains("under review"));
        assertThat(progress(learner, BACPRO, "?asOf=2025-09-02").get("underReview"))
                .as("before its confirmation took effect, the decision was under review")
                .hasSize(1);
    }

    private static String unitStatus(JsonNode progress, String unit) {
        for (var each : progress.get("units")) {
            if (each.get("unit").asString().equals(unit)) {
                return each.get("status").asString();
            }
        }
        throw new AssertionError(unit + " is not in " + progress.get("units"));
    }

    private static String path(String learner, String qualification) {
        return "/api/learners/" + learner + "/progress/" + qualification;
    }

    private JsonNode progress(String learner, String qualification, String query) {
        var answer = http.get(path(learner, qualification) + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** The read model is eventually consistent: waits until the audit has seen what the test recorded. */
    private JsonNode awaitProgress(String learner, String qualification, String query, Predicate<JsonNode> caughtUp) {
        var seen = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            var answer = http.get(path(learner, qualification) + query);
            if (answer.status() != 200) {
                return false;
            }
            seen[0] = answer.json();
            return caughtUp.test(seen[0]);
        });
        return seen[0];
    }

    private List<String> eventIds(String aggregateId, String type) {
        return jdbc.queryForList(
                "select event_id from event_log where aggregate_id = ? and event_type = ? order by sequence_number",
                String.class,
                aggregateId,
                type);
    }

    private long progressFacts(String learner) {
        return jdbc.queryForObject(
                "select count(*) from rm_progress_pathway_event where learner_id = ?::uuid", Long.class, learner);
    }

    private static void assertInvalid(LedgerHttp.Answer answer, String... fieldRules) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo("urn:ecvet-ledger:problem:invalid-request");
        assertThat(fields(answer.json())).containsExactlyInAnyOrder(fieldRules);
    }

    /** Every mandatory unit of BAC PRO assessed in one go with these grades, validated and recognised. */
    private String aBacProLearnerWith(String name, Map<String, Integer> grades) {
        var learner = steps.anEnrolledLearner(name, BACPRO, BRANLY);
        var results = new ArrayList<String>();
        grades.keySet().forEach(unit -> results.addAll(results(unit, true, SIX_OUTCOMES)));
        var assessment = steps.assessed(learner, BRANLY, assessment(BACPRO, "2025-06-10", results, grades, null));
        for (var unit : grades.keySet()) {
            steps.validated(learner, BRANLY, BACPRO, unit, List.of(assessment), "2025-06-20");
            steps.recognised(learner, BRANLY, BACPRO, unit, "2025-06-25");
        }
        return learner;
    }

    private static Map<String, Integer> bacProGrades(int u11, int u5, int others) {
        var grades = new LinkedHashMap<String, Integer>();
        for (var code : List.of("U11", "U12", "U13", "U2", "U31", "U32", "U33", "U34", "U4", "U5", "U6", "U7")) {
            grades.put(code + "@1", code.equals("U11") ? u11 : code.equals("U5") ? u5 : others);
        }
        return grades;
    }

    /** A learner of the Lazio care standard holding its four units (no final examination yet). */
    private String aLazioLearnerWithEveryUnit(String name) {
        var learner = steps.anEnrolledLearner(name, LAZIO_OSS, ENTE_ROMA);
        var assessment = steps.assessed(learner, ENTE_ROMA, """
                {"standard": {"id": "%s", "version": 1}, "method": "WORK_SIMULATION", "setting": "INFORMAL",
                 "assessedOn": "2024-05-15", "results": [%s]}""".formatted(
                        LAZIO_OSS,
                        String.join(
                                ", ",
                                all(
                                        results("CC-HYGIENE@1", true, "LO1", "LO2", "LO3"),
                                        results("IT-OSS-1@1", true, FOUR_OUTCOMES),
                                        results("IT-OSS-2@1", true, FOUR_OUTCOMES),
                                        results("IT-OSS-3@1", true, FOUR_OUTCOMES)))));
        for (var unit : List.of("CC-HYGIENE@1", "IT-OSS-1@1", "IT-OSS-2@1", "IT-OSS-3@1")) {
            steps.validated(learner, ENTE_ROMA, LAZIO_OSS, unit, List.of(assessment), "2024-05-20");
            steps.recognised(learner, LAZIO_RECOGNITION, LAZIO_OSS, unit, "2024-05-21");
        }
        return learner;
    }

    /** An institution that recognises credit for the Lazio care standard (the demo catalogue has none). */
    private void aLazioRecognitionBody() {
        var registered = http.post("/api/institutions", """
                {"institutionId": "%s", "legalName": "Regione Lazio, servizio di certificazione delle competenze",
                 "jurisdiction": "IT/Lazio", "kind": "REGIONAL_AUTHORITY"}""".formatted(LAZIO_RECOGNITION));
        assertThat(registered.status()).as(registered.body()).isIn(201, 409);
        var granted = http.post("/api/institutions/" + LAZIO_RECOGNITION + "/functions", """
                {"function": "RECOGNISE", "standard": "%s", "jurisdiction": "IT/Lazio", "effectiveFrom": "2021-01-01"}""".formatted(LAZIO_OSS));
        assertThat(granted.status()).as(granted.body()).isIn(200, 409);
    }
}
