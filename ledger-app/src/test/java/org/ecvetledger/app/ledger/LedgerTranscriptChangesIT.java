package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;
import static org.ecvetledger.app.ledger.LedgerSteps.FOUR_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.MALTA;
import static org.ecvetledger.app.ledger.LedgerSteps.MCAST;
import static org.ecvetledger.app.ledger.LedgerSteps.MEN;
import static org.ecvetledger.app.ledger.LedgerSteps.SIX_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.all;
import static org.ecvetledger.app.ledger.LedgerSteps.assessment;
import static org.ecvetledger.app.ledger.LedgerSteps.results;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * The personal transcript and the audit trail over HTTP after the past was changed through the real
 * command path (issue 7 items 1 and 3 with issue 6's events, ADR 0008 and 0010): a correction (S09),
 * an invalidation and its cascade down to the credential (S11), an appeal's reassessment (S12), each
 * also as the ledger said it before the change was known.
 */
@LedgerIT
class LedgerTranscriptChangesIT {

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

    private JsonNode get(String path) {
        var answer = http.get(path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private JsonNode transcript(String learner, String query) {
        return get("/api/learners/" + learner + "/transcript" + query);
    }

    private static String knownAt(Instant instant) {
        return "?knownAt=" + URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
    }

    private static JsonNode unit(JsonNode transcript, String unit) {
        var line = lineOf(transcript, unit);
        if (line == null) {
            throw new AssertionError(unit + " is not on the transcript " + transcript);
        }
        return line;
    }

    /** The unit's first line on the transcript, or null while the transcript does not show it. */
    private static JsonNode lineOf(JsonNode transcript, String unit) {
        for (var line : transcript.get("units")) {
            if (line.get("unit").asString().equals(unit)) {
                return line;
            }
        }
        return null;
    }

    /** Waits until the transcript projection shows what {@code shown} asks, and answers that transcript. */
    private JsonNode awaitTranscript(String learner, Predicate<JsonNode> shown) {
        await().atMost(PROJECTION).until(() -> {
            var answer = http.get("/api/learners/" + learner + "/transcript");
            return answer.status() == 200 && shown.test(answer.json());
        });
        return transcript(learner, "");
    }

    /**
     * The first attempt of a unit's line has this status. An assessment's events and the learner's pathway
     * are two records, projected in different segments: a pathway event a policy records because of an
     * assessment event (a review after a correction, a revocation after an invalidation) can reach the
     * transcript before the assessment event itself, so a test waits for both.
     */
    private static Predicate<JsonNode> firstAttemptStatus(String unit, String status) {
        return t -> {
            var line = lineOf(t, unit);
            if (line == null) {
                return false;
            }
            var attempts = line.path("attempts");
            return attempts.size() > 0
                    && attempts.get(0).get("status").asString().equals(status);
        };
    }

    private static Predicate<JsonNode> unitStatus(String unit, String status) {
        return t -> {
            for (var line : t.get("units")) {
                if (line.get("unit").asString().equals(unit)
                        && line.get("status").asString().equals(status)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static String total(JsonNode transcript, String framework) {
        for (var total : transcript.get("totals")) {
            if (total.get("framework").asString().equals(framework)) {
                return total.get("points").decimalValue().stripTrailingZeros().toPlainString();
            }
        }
        return "0";
    }

    private static List<String> eventTypes(JsonNode trail) {
        var types = new ArrayList<String>();
        trail.get("entries").forEach(e -> types.add(e.get("eventType").asString()));
        return types;
    }

    private static JsonNode entry(JsonNode trail, String eventType) {
        for (var entry : trail.get("entries")) {
            if (entry.get("eventType").asString().equals(eventType)) {
                return entry;
            }
        }
        throw new AssertionError(eventType + " is not in the trail " + trail);
    }

    private static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(t -> texts.add(t.asString()));
        return texts;
    }

    @Test
    void
            S09_a_later_correction_changes_todays_transcript_but_not_the_transcript_as_of_a_past_date_nor_as_known_before_it() {
        var learner = steps.anEnrolledLearner("Inès", BACPRO, BRANLY);
        steps.creditFor(learner, BRANLY, BACPRO, "U31@1", SIX_OUTCOMES, 9, "2025-06-10");
        var assessment = steps.basisOf(learner, BACPRO, "U31@1");
        awaitTranscript(learner, unitStatus("U31@1", "RECOGNISED"));
        var beforeCorrection = Instant.now();

        var corrected = steps.onAssessment(assessment, "corrections", BRANLY, """
                {"results": [%s], "grades": [{"unit": "U31@1", "grade": 13}], "reason": "transcription error", "effectiveDate": "2025-09-01"}""".formatted(
                        String.join(", ", results("U31@1", true, SIX_OUTCOMES))));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);

        var underReview = awaitTranscript(
                learner, unitStatus("U31@1", "UNDER_REVIEW").and(firstAttemptStatus("U31@1", "CORRECTED")));
        var line = unit(underReview, "U31@1");
        var attempt = line.get("attempts").get(0);
        assertThat(attempt.get("status").asString()).isEqualTo("CORRECTED");
        assertThat(attempt.get("grade").decimalValue()).isEqualByComparingTo("13");
        var correction = attempt.get("corrections").get(0);
        assertThat(correction.get("previousGrade").decimalValue()).isEqualByComparingTo("9");
        assertThat(correction.get("grade").decimalValue()).isEqualByComparingTo("13");
        assertThat(correction.get("institution").asString()).isEqualTo(BRANLY);
        assertThat(correction.get("person").asString()).isEqualTo("Officer of " + BRANLY);
        assertThat(correction.get("reason").asString()).isEqualTo("transcription error");
        assertThat(line.get("reviews").get(0).get("institution").asString()).isEqualTo(BRANLY);
        assertThat(line.get("grade").decimalValue())
                .as("the recognition stands, unchanged, while under review")
                .isEqualByComparingTo("9");

        // as of a date before the correction took effect (2025-09-01), the transcript is the one of that day
        var today = transcript(learner, "");
        var asOfPast = transcript(learner, "?asOf=2025-08-31");
        assertThat(asOfPast)
                .as("the transcript as of a past date differs from today's")
                .isNotEqualTo(today);
        var pastLine = unit(asOfPast, "U31@1");
        assertThat(pastLine.get("status").asString()).isEqualTo("RECOGNISED");
        assertThat(pastLine.get("attempts").get(0).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(pastLine.get("attempts").get(0).get("grade").decimalValue()).isEqualByComparingTo("9");
        assertThat(pastLine.get("attempts").get(0).get("corrections")).isEmpty();
        assertThat(unit(today, "U31@1").get("attempts").get(0).get("grade").decimalValue())
                .isEqualByComparingTo("13");

        var before = unit(transcript(learner, knownAt(beforeCorrection)), "U31@1");
        assertThat(before.get("status").asString()).isEqualTo("RECOGNISED");
        assertThat(before.get("attempts").get(0).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(before.get("attempts").get(0).get("grade").decimalValue()).isEqualByComparingTo("9");

        var trail = get("/api/learners/" + learner + "/audit-trail?qualification=FR-BACPRO-MELEC");
        var original = entry(trail, "AssessmentRecorded");
        var correctionEntry = entry(trail, "AssessmentCorrected");
        assertThat(texts(original.get("markers"))).contains("SUPERSEDED");
        assertThat(original.get("supersededBy").asString())
                .isEqualTo(correctionEntry.get("eventId").asString());
        assertThat(correctionEntry.get("stage").asString()).isEqualTo("ASSESSMENT");
        assertThat(correctionEntry.get("reason").asString()).isEqualTo("transcription error");
        assertThat(correctionEntry.get("actorInstitution").asString()).isEqualTo(BRANLY);
        assertThat(number(correctionEntry
                        .get("payload")
                        .get("previousGrades")
                        .get(0)
                        .get("grade")))
                .isEqualTo("9");

        var confirmed = steps.post(learner, "review-confirmations", BRANLY, """
                {"qualification": "%s", "unit": "U31@1", "effectiveDate": "2025-09-05", "note": "13 changes nothing"}""".formatted(BACPRO));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
        var afterConfirmation = unit(awaitTranscript(learner, unitStatus("U31@1", "RECOGNISED")), "U31@1");
        assertThat(afterConfirmation.get("reviews")).hasSize(2);
    }

    private static String number(JsonNode node) {
        var value = node.isObject() ? node.get("value") : node;
        return value.decimalValue().stripTrailingZeros().toPlainString();
    }

    @Test
    void
            S11_S32_an_invalidation_shows_on_the_transcript_its_points_apart_and_its_cascade_in_order_in_the_award_trail_not_before_it_was_known() {
        var learner = steps.anEnrolledLearner("Giorgio", MALTA, MCAST);
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, null, "2022-06-30");
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-104@1", FOUR_OUTCOMES, null, "2023-06-30");
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-105@1", FOUR_OUTCOMES, null, "2025-06-30");
        var awarded = steps.award(learner, MCAST, MALTA, "2025-07-01");
        assertThat(awarded.status()).as(awarded.body()).isEqualTo(201);
        var fraudulent = steps.basisOf(learner, MALTA, "MT-HSC-104@1");
        var path = LedgerSteps.pathway(learner, MALTA);
        var whole = awaitTranscript(
                learner, t -> t.get("qualifications").get(0).get("awards").size() == 1);
        var pointsBefore = total(whole, "ECVET");
        var u104Points = unit(whole, "MT-HSC-104@1").get("points").decimalValue();
        var credential = issueCredential(learner);
        awaitTranscript(
                learner, t -> t.get("qualifications").get(0).get("credentials").size() == 1);
        var beforeFraudFound = Instant.now();

        var invalidated = steps.onAssessment(fraudulent, "invalidation", MCAST, """
                {"reason": "the assessor was not authorised", "effectiveDate": "2025-09-01"}""");
        assertThat(invalidated.status()).as(invalidated.body()).isEqualTo(201);
        await().atMost(PROJECTION).until(() -> steps.events(path).contains("QualificationAwardRevoked"));
        revokeUnlessRevoked(credential);

        var after = awaitTranscript(
                learner,
                unitStatus("MT-HSC-104@1", "REVOKED")
                        .and(firstAttemptStatus("MT-HSC-104@1", "INVALIDATED"))
                        .and(t -> t.get("qualifications")
                                .get(0)
                                .get("awards")
                                .get(0)
                                .get("status")
                                .asString()
                                .equals("REVOKED"))
                        .and(t -> t.get("qualifications")
                                .get(0)
                                .get("credentials")
                                .get(0)
                                .get("status")
                                .asString()
                                .equals("REVOKED")));
        var line = unit(after, "MT-HSC-104@1");
        assertThat(line.get("attempts").get(0).get("status").asString()).isEqualTo("INVALIDATED");
        assertThat(line.get("attempts").get(0).get("counted").asBoolean()).isFalse();
        assertThat(line.get("withdrawals")).hasSize(1);
        assertThat(line.get("revocations").get(0).get("reason").asString())
                .isEqualTo("the assessor was not authorised");
        assertThat(new java.math.BigDecimal(total(after, "ECVET")))
                .as("R7: its points leave the total")
                .isEqualByComparingTo(new java.math.BigDecimal(pointsBefore).subtract(u104Points));
        for (var source : after.get("totals").get(0).get("sources")) {
            assertThat(source.get("unit").asString()).isNotEqualTo("MT-HSC-104@1");
        }
        assertThat(line.get("points").isNull())
                .as("a revoked recognition's points no longer count")
                .isTrue();
        assertThat(line.get("pointsNotCounted").decimalValue()).isEqualByComparingTo(u104Points);
        assertThat(line.get("pointsNotCountedBecause").asString()).isEqualTo("REVOKED");
        var csv = http.getBytes("/api/learners/" + learner + "/transcript", "text/csv")
                .text()
                .split("\r\n");
        var header = List.of(csv[0].split(","));
        var u104Row = java.util.Arrays.stream(csv)
                .filter(row -> row.contains(",MT-HSC-104@1,"))
                .findFirst()
                .orElseThrow()
                .split(",", -1);
        assertThat(u104Row[header.indexOf("status")]).isEqualTo("REVOKED");
        assertThat(u104Row[header.indexOf("points")]).as("the CSV as the JSON").isEmpty();
        assertThat(new java.math.BigDecimal(u104Row[header.indexOf("pointsNotCounted")]))
                .isEqualByComparingTo(u104Points);
        assertThat(u104Row[header.indexOf("pointsNotCountedBecause")]).isEqualTo("REVOKED");
        var credentialView =
                after.get("qualifications").get(0).get("credentials").get(0);
        assertThat(credentialView.get("credentialId").asString()).isEqualTo(credential);
        assertThat(credentialView.get("revocationReason").asString()).isNotBlank();
        assertThat(credentialView.get("revocationEvent").asString())
                .isEqualTo(entry(get("/api/learners/" + learner + "/audit-trail"), "CredentialRevoked")
                        .get("eventId")
                        .asString());

        // what did the ledger say before the fraud was found
        var before = transcript(learner, knownAt(beforeFraudFound));
        assertThat(unit(before, "MT-HSC-104@1").get("status").asString()).isEqualTo("RECOGNISED");
        assertThat(total(before, "ECVET")).isEqualTo(pointsBefore);
        assertThat(before.get("qualifications")
                        .get(0)
                        .get("awards")
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("ACTIVE");
        assertThat(before.get("qualifications")
                        .get(0)
                        .get("credentials")
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("ISSUED");

        // S32: the award's own trail, found by the award id, holds the whole chain to the credential's status
        var awardId = after.at("/qualifications/0/awards/0/awardId").asString();
        var trail = get("/api/awards/" + awardId + "/audit-trail");
        assertThat(eventTypes(trail))
                .contains(
                        "LearnerEnrolled",
                        "AssessmentRecorded",
                        "CreditValidated",
                        "UnitRecognised",
                        "QualificationAwarded",
                        "CredentialIssued");
        assertThat(texts(entry(trail, "QualificationAwarded").get("markers"))).containsExactly("SUPERSEDED");
        assertThat(entry(trail, "QualificationAwarded").get("supersededBy").asString())
                .isEqualTo(
                        entry(trail, "QualificationAwardRevoked").get("eventId").asString());
        assertThat(entry(trail, "CredentialIssued").get("supersededBy").asString())
                .isEqualTo(entry(trail, "CredentialRevoked").get("eventId").asString());
        var stages = new ArrayList<String>();
        trail.get("entries").forEach(e -> stages.add(e.get("stage").asString()));
        assertThat(stages)
                .isSortedAccordingTo(java.util.Comparator.comparing(stage -> List.of(
                                "LEARNER",
                                "MEMORANDUM",
                                "LEARNING_AGREEMENT",
                                "ASSESSMENT",
                                "VALIDATION",
                                "RECOGNITION",
                                "AWARD",
                                "CREDENTIAL",
                                "OTHER")
                        .indexOf(stage)));
        var cascade = new ArrayList<JsonNode>();
        trail.get("entries").forEach(e -> {
            if (List.of(
                            "AssessmentInvalidated",
                            "CreditValidationWithdrawn",
                            "UnitRecognitionRevoked",
                            "QualificationAwardRevoked",
                            "CredentialRevoked")
                    .contains(e.get("eventType").asString())) {
                cascade.add(e);
            }
        });
        assertThat(cascade)
                .extracting(e -> e.get("eventType").asString())
                .containsExactly(
                        "AssessmentInvalidated",
                        "CreditValidationWithdrawn",
                        "UnitRecognitionRevoked",
                        "QualificationAwardRevoked",
                        "CredentialRevoked");
        assertThat(cascade).allSatisfy(e -> {
            assertThat(texts(e.get("markers"))).contains("REVOCATION");
            assertThat(e.get("actorInstitution").asString()).isEqualTo(MCAST);
            assertThat(e.get("effectiveDate").isNull()).isFalse();
            assertThat(e.get("recordedAt").isNull()).isFalse();
            assertThat(e.get("correlationId").isNull()).isFalse();
            assertThat(e.get("reason").asString()).isNotBlank();
        });
        for (var i = 0; i < 4; i++) {
            assertThat(cascade.get(i).get("reason").asString()).isEqualTo("the assessor was not authorised");
        }
        assertThat(eventTypes(get("/api/awards/" + awardId + "/audit-trail" + knownAt(beforeFraudFound))))
                .contains("QualificationAwarded", "CredentialIssued")
                .doesNotContain("AssessmentInvalidated", "UnitRecognitionRevoked", "QualificationAwardRevoked");
    }

    /** A credential sealed by MCAST for the learner's qualification; answers its id ({@code urn:credential:…}). */
    private String issueCredential(String learner) {
        var acting = Map.of(ActingHeaders.INSTITUTION, MCAST, ActingHeaders.PERSON, "Registrar");
        var issued = new LedgerHttp.Answer[1];
        // the export reads other read models, which may lag the award by a moment
        await().atMost(PROJECTION).until(() -> {
            issued[0] = http.postWithHeaders(
                    "/api/learners/" + learner + "/credentials", "{\"qualification\": \"" + MALTA + "\"}", acting);
            return issued[0].status() == 201;
        });
        return issued[0].json().get("id").asString().replace("urn:credential:", "");
    }

    /** The credential side may revoke the credential itself on the award's revocation; otherwise its issuer does. */
    private void revokeUnlessRevoked(String credential) {
        var revoked = http.postWithHeaders(
                "/api/credentials/" + credential + "/revocation",
                """
                {"reason": "MISCONDUCT", "explanation": "the assessor was not authorised", "effectiveDate": "2025-09-02"}""",
                Map.of(ActingHeaders.INSTITUTION, MCAST, ActingHeaders.PERSON, "Registrar"));
        assertThat(revoked.status()).as(revoked.body()).isIn(200, 409);
    }

    @Test
    void S12_the_assessment_an_appeal_had_reassessed_shows_superseded_and_the_appeal_is_in_the_trail() {
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
        var lodged = http.postWithHeaders(
                "/api/appeals",
                """
                {"learner": "%s", "assessment": "%s", "grounds": "LO6 was observed but marked as not achieved"}""".formatted(learner, failed),
                Map.of(ActingHeaders.INSTITUTION, BRANLY, ActingHeaders.PERSON, "Advocate"));
        assertThat(lodged.status()).as(lodged.body()).isEqualTo(201);
        var appeal = lodged.json().get("appealId").asString();
        var upheld = http.postWithHeaders(
                "/api/appeals/" + appeal + "/upholding",
                """
                {"remedy": "REASSESS", "reasoning": "the examiner skipped the observation of LO6", "effectiveDate": "%s"}""".formatted(daysAgo(2)),
                Map.of(ActingHeaders.INSTITUTION, MEN, ActingHeaders.PERSON, "Commission d'appel"));
        assertThat(upheld.status()).as(upheld.body()).isEqualTo(201);
        awaitTranscript(learner, t -> t.get("units").size() == 1);
        var beforeReassessment = Instant.now();
        var passed = steps.assessed(
                learner,
                BRANLY,
                assessment(
                        BACPRO,
                        daysAgo(1),
                        results("U31@1", true, SIX_OUTCOMES),
                        Map.of(),
                        "\"supersedes\": \"%s\", \"appeal\": \"%s\"".formatted(failed, appeal)));

        var after = awaitTranscript(
                learner,
                t -> unit(t, "U31@1").get("attempts").size() == 2
                        && unit(t, "U31@1")
                                .get("attempts")
                                .get(0)
                                .get("status")
                                .asString()
                                .equals("SUPERSEDED"));
        var superseded = unit(after, "U31@1").get("attempts").get(0);
        assertThat(superseded.get("assessmentId").asString()).isEqualTo(failed);
        assertThat(superseded.get("supersededBy").asString()).isEqualTo(passed);
        assertThat(superseded.get("supersedingAppeal").asString()).isEqualTo(appeal);
        assertThat(unit(after, "U31@1").get("attempts").get(1).get("status").asString())
                .isEqualTo("ACTIVE");
        assertThat(unit(transcript(learner, knownAt(beforeReassessment)), "U31@1")
                        .get("attempts")
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("ACTIVE");

        var trail = get("/api/learners/" + learner + "/audit-trail");
        assertThat(eventTypes(trail))
                .containsSubsequence(
                        "AssessmentRecorded",
                        "AppealLodged",
                        "AppealUpheld",
                        "AssessmentRecorded",
                        "ReassessmentRecorded");
        var appealLodged = entry(trail, "AppealLodged");
        assertThat(appealLodged.get("stage").asString()).isEqualTo("ASSESSMENT");
        assertThat(appealLodged.get("reason").asString()).isEqualTo("LO6 was observed but marked as not achieved");
        assertThat(entry(trail, "AppealUpheld").get("actorInstitution").asString())
                .isEqualTo(MEN);
        assertThat(entry(trail, "AppealUpheld").get("reason").asString())
                .isEqualTo("the examiner skipped the observation of LO6");
        var original = entry(trail, "AssessmentRecorded");
        assertThat(original.get("aggregateId").asString()).isEqualTo(failed);
        assertThat(original.get("supersededBy").asString())
                .isEqualTo(entry(trail, "ReassessmentRecorded").get("eventId").asString());
    }

    private static String daysAgo(int days) {
        return LocalDate.now().minusDays(days).toString();
    }
}
