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
import static org.ecvetledger.app.ledger.LedgerSteps.all;
import static org.ecvetledger.app.ledger.LedgerSteps.assessment;
import static org.ecvetledger.app.ledger.LedgerSteps.pathway;
import static org.ecvetledger.app.ledger.LedgerSteps.results;
import static org.ecvetledger.app.ledger.LedgerSteps.texts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The read side of issue 7's "Done when" over HTTP, on events recorded through the real command path:
 * S04 and S34 (credit validated but not recognised holds nothing), R13 (a unit whose validity ran out),
 * S28 (a pathway migrated to a new version of the standard), and a what-if as known at an instant.
 */
@LedgerIT
class LedgerReadSideIT {

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

    @Test
    void S04_one_outcome_failed_abroad_leaves_the_unit_in_progress_with_five_outcomes_validated_and_no_credit() {
        var learner = steps.anEnrolledLearner("Léa", BACPRO, BRANLY);
        var agreement = steps.aLearningAgreement(learner, steps.anActiveMou(), true);
        var host = steps.assessed(
                learner,
                MUENCHEN,
                assessment(
                        BACPRO,
                        "2027-03-25",
                        all(results("U31@1", true, "LO1", "LO2", "LO3", "LO5", "LO6"), results("U31@1", false, "LO4")),
                        Map.of(),
                        "\"learningAgreement\": \"%s\"".formatted(agreement)));
        steps.validated(learner, BRANLY, BACPRO, "U31@1", List.of(host), "2027-04-10");

        // the agreement's events may reach the transcript after the assessment (another stream, another segment)
        var transcript = awaitTranscript(
                learner,
                t -> line(t, "U31@1") != null
                        && line(t, "U31@1").get("validations").size() == 1
                        && line(t, "U31@1").path("mobility").path("host").isString());
        var u31 = line(transcript, "U31@1");
        assertThat(u31.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(u31.get("route").asString()).isEqualTo("MOBILITY");
        assertThat(u31.get("mobility").get("host").asString()).isEqualTo(MUENCHEN);
        assertThat(u31.get("recognition").isNull()).isTrue();
        assertThat(u31.get("points").isNull()).isTrue();
        assertThat(outcomes(u31, "validated")).containsExactly("LO1", "LO2", "LO3", "LO5", "LO6");
        u31.get("learningOutcomes").forEach(lo -> {
            if (lo.get("id").asString().equals("LO4")) {
                assertThat(lo.get("achieved").asBoolean())
                        .as("LO4 was not achieved abroad")
                        .isFalse();
            }
        });
        assertThat(texts(u31.get("attempts").get(0).get("notAchieved"))).containsExactly("LO4");
        assertThat(u31.get("attempts").get(0).get("assessor").asString()).isEqualTo(MUENCHEN);

        var progress = awaitProgress(learner, BACPRO, "?asOf=2027-04-30", p -> "VALIDATED".equals(status(p, "U31@1")));
        var unit = unitProgress(progress, "U31@1");
        assertThat(texts(unit.get("learningOutcomes"))).containsExactly("LO1", "LO2", "LO3", "LO5", "LO6");
        assertThat(texts(progress.get("mandatory").get("missing"))).contains("U31@1");
    }

    @Test
    void S34_credit_validated_but_not_recognised_holds_no_points_on_the_transcript_nor_in_progress() {
        var learner = steps.anEnrolledLearner("Tomasz", MALTA, MCAST);
        var assessed = steps.assessed(
                learner,
                MCAST,
                assessment(MALTA, "2024-06-10", results("MT-HSC-101@1", true, FOUR_OUTCOMES), Map.of(), null));
        steps.validated(learner, MCAST, MALTA, "MT-HSC-101@1", List.of(assessed), "2024-06-20");

        // the assessment and the validation are events of two records, projected in different segments, so
        // the attempt can reach the transcript after the validation: wait for both (waiting for the
        // validation alone read an empty attempts list once, in a clean-clone CI run)
        var transcript = awaitTranscript(
                learner,
                t -> line(t, "MT-HSC-101@1") != null
                        && line(t, "MT-HSC-101@1").get("validations").size() == 1
                        && line(t, "MT-HSC-101@1").path("attempts").size() == 1);
        var u101 = line(transcript, "MT-HSC-101@1");
        assertThat(u101.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(u101.get("points").isNull())
                .as("R7: no recognition, no points")
                .isTrue();
        assertThat(u101.get("pointsNotCounted").isNull()).isTrue();
        assertThat(u101.get("pointsEvent").isNull()).isTrue();
        assertThat(transcript.get("totals"))
                .as("no total without a recognition")
                .isEmpty();
        assertThat(outcomes(u101, "validated")).containsExactlyElementsOf(FOUR_OUTCOMES);
        assertThat(u101.get("attempts").get(0).get("counted").asBoolean()).isTrue();

        var progress = awaitProgress(learner, MALTA, "", p -> "VALIDATED".equals(status(p, "MT-HSC-101@1")));
        assertThat(unitProgress(progress, "MT-HSC-101@1").get("points").isNull())
                .isTrue();
        assertThat(progress.get("points").get("held").decimalValue()).isEqualByComparingTo("0");
        assertThat(texts(progress.get("mandatory").get("missing"))).containsExactly("MT-HSC-101@1");
        assertThat(progress.get("points").get("eventIds")).isEmpty();
    }

    @Test
    void R13_a_unit_whose_validity_ran_out_shows_expired_its_points_apart_and_out_of_progress() {
        var suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        var school = "MT-SCHOOL-" + suffix;
        var unit = "MT-FIRST-AID-" + suffix;
        var qualification = "MT-CARE-AID-" + suffix;
        aStandardWhoseUnitIsValidForTwoYears(school, unit, qualification);
        var learner = steps.aLearner("Rita");
        steps.enrol(learner, qualification, school, "2022-09-01");
        steps.creditFor(learner, school, qualification, unit + "@1", List.of("LO1", "LO2"), null, "2023-06-30");

        var inTime = awaitTranscript(
                learner,
                "?asOf=2024-06-30",
                t -> line(t, unit + "@1") != null && "RECOGNISED".equals(status(line(t, unit + "@1"))));
        assertThat(line(inTime, unit + "@1").get("points").decimalValue()).isEqualByComparingTo("60");
        assertThat(line(inTime, unit + "@1").get("validUntil").asString()).isEqualTo("2025-06-29");
        assertThat(inTime.get("totals").get(0).get("points").decimalValue()).isEqualByComparingTo("60");

        var expired = transcript(learner, "?asOf=2025-07-01");
        var line = line(expired, unit + "@1");
        assertThat(line.get("status").asString()).isEqualTo("EXPIRED");
        assertThat(line.get("points").isNull())
                .as("R13: expired credit counts for nothing")
                .isTrue();
        assertThat(line.get("pointsNotCounted").decimalValue()).isEqualByComparingTo("60");
        assertThat(line.get("pointsNotCountedBecause").asString()).isEqualTo("EXPIRED");
        assertThat(expired.get("totals")).isEmpty();

        var progressInTime = awaitProgress(
                learner, qualification, "?asOf=2024-06-30", p -> "RECOGNISED".equals(status(p, unit + "@1")));
        assertThat(progressInTime.get("eligibility").get("eligible").asBoolean())
                .isTrue();
        var progressLater = awaitProgress(learner, qualification, "?asOf=2025-07-01", p -> true);
        assertThat(status(progressLater, unit + "@1")).isEqualTo("EXPIRED");
        assertThat(progressLater.get("points").get("held").decimalValue()).isEqualByComparingTo("0");
        assertThat(progressLater.get("expiredCredit").get(0).get("unit").asString())
                .isEqualTo(unit + "@1");
        assertThat(progressLater.get("expiredCredit").get(0).get("validUntil").asString())
                .isEqualTo("2025-06-29");
        assertThat(progressLater.get("eligibility").get("eligible").asBoolean()).isFalse();
        assertThat(String.join(" ", texts(progressLater.get("guidance")))).contains("ran out after 2025-06-29");
    }

    @Test
    void S28_the_migrated_pathway_is_audited_under_the_new_version_and_the_transcript_keeps_the_originals_on_v2013() {
        var learner = steps.anEnrolledLearner("Hugo", BACPRO, BRANLY);
        steps.creditFor(learner, BRANLY, BACPRO, "U31@1", SIX_OUTCOMES, 14, "2024-06-10");
        steps.creditFor(learner, BRANLY, BACPRO, "U32@1", SIX_OUTCOMES, 12, "2024-06-11");
        steps.creditFor(learner, BRANLY, BACPRO, "U2@1", SIX_OUTCOMES, 11, "2024-06-12");
        var migrated = steps.post(learner, "pathway-migrations", BRANLY, """
                {"qualification": "%s", "version": 2, "effectiveDate": "2025-09-15"}""".formatted(BACPRO));
        assertThat(migrated.status()).as(migrated.body()).isEqualTo(201);
        var path = pathway(learner, BACPRO);
        var migration = eventId(path, "LearnerPathwayMigrated");
        var u31Recognition = recognitionOf(path, "U31@1");

        var progress = awaitProgress(
                learner, BACPRO, "", p -> p.get("standard").asString().equals(BACPRO + "@2"));
        var u3a = unitProgress(progress, "U3A@1");
        assertThat(u3a.get("status").asString()).isEqualTo("RECOGNISED");
        assertThat(u3a.get("grade").decimalValue()).isEqualByComparingTo("14");
        assertThat(u3a.get("recognisedOn").asString())
                .as("the original recognition's date")
                .isEqualTo("2024-06-10");
        assertThat(texts(u3a.get("eventIds")))
                .as("R7: the carried credit names its original recognition and the migration")
                .containsExactly(u31Recognition, migration);
        assertThat(status(progress, "U3B@1")).isEqualTo("PART_RECOGNISED");
        assertThat(status(progress, "U2@1")).isEqualTo("RECOGNISED");
        var step = progress.get("migrations").get(0);
        assertThat(step.get("from").asString()).isEqualTo(BACPRO + "@1");
        assertThat(step.get("to").asString()).isEqualTo(BACPRO + "@2");
        assertThat(step.get("eventId").asString()).isEqualTo(migration);
        var before = progress(learner, BACPRO, "?asOf=2025-09-14");
        assertThat(before.get("standard").asString())
                .as("the rule set in force before the migration")
                .isEqualTo(BACPRO + "@1");
        assertThat(status(before, "U31@1")).isEqualTo("RECOGNISED");
        assertThat(before.get("migrations")).isEmpty();

        var transcript = awaitTranscript(learner, t -> line(t, "U3A@1") != null);
        var u31 = line(transcript, "U31@1");
        assertThat(u31.get("status").asString()).isEqualTo("MIGRATED");
        assertThat(u31.get("standard").asString())
                .as("the original recognition stays on v2013")
                .isEqualTo(BACPRO + "@1");
        assertThat(u31.get("recognition").get("eventId").asString()).isEqualTo(u31Recognition);
        assertThat(u31.get("migration").get("to").asString()).isEqualTo("U3A@1");
        var carried = line(transcript, "U3A@1");
        assertThat(carried.get("status").asString()).isEqualTo("RECOGNISED");
        assertThat(carried.get("standard").asString()).isEqualTo(BACPRO + "@2");
        assertThat(carried.get("grade").decimalValue()).isEqualByComparingTo("14");
        assertThat(carried.get("migration").get("from").asString()).isEqualTo("U31@1");
        assertThat(carried.get("migration").get("eventId").asString()).isEqualTo(migration);
        assertThat(line(transcript, "U3B@1").get("status").asString()).isEqualTo("PARTLY_RECOGNISED");
        assertThat(line(transcript, "U32@1").get("status").asString()).isEqualTo("MIGRATED");
        assertThat(line(transcript, "U2@1").get("status").asString()).isEqualTo("RECOGNISED");
        assertThat(transcript.get("qualifications").get(0).get("standard").asString())
                .isEqualTo(BACPRO + "@2");
        var asBefore = transcript(learner, "?asOf=2025-09-14");
        assertThat(line(asBefore, "U31@1").get("status").asString()).isEqualTo("RECOGNISED");
        assertThat(line(asBefore, "U3A@1")).isNull();
    }

    @Test
    void
            S23_a_unit_transferred_with_another_weight_counts_its_receiving_points_in_the_new_progress_and_once_per_qualification() {
        var suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        var school = "MT-ACADEMY-" + suffix;
        var reception = "MT-RECEPTION-" + suffix;
        var qualification = "MT-FRONT-DESK-" + suffix;
        aStandard(school, reception, "", qualification, 60, """
                {"rules": [{"rule": "AllMandatoryUnits"}]}""");
        var learner = steps.anEnrolledLearner("Dylan", MALTA, MCAST);
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, null, "2024-06-30");
        steps.enrol(learner, qualification, school, "2025-09-01");
        var declared = http.post("/api/equivalences", """
                {"source": "MT-HSC-101@1", "target": "%s@1", "coverage": "FULL", "coveredOutcomes": [],
                 "basis": "COMPETENCE_MATRIX", "basisReference": "Matrix S23", "declaredBy": "%s",
                 "effectiveFrom": "2024-01-01"}""".formatted(reception, LedgerSteps.MEN));
        expect(declared, 201);
        var transferred = steps.post(learner, "credit-transfers", school, """
                {"qualification": "%s", "unit": "%s@1", "sourceQualification": "%s", "sourceUnit": "MT-HSC-101@1",
                 "equivalence": "%s", "decisionReference": "DEC-S23", "effectiveDate": "2025-09-15"}""".formatted(
                        qualification,
                        reception,
                        MALTA,
                        declared.json().get("equivalenceId").asString()));
        expect(transferred, 201);
        var transferEvent = eventId(pathway(learner, qualification), "CreditTransferred");

        var receiving =
                awaitProgress(learner, qualification, "", p -> "RECOGNISED".equals(status(p, reception + "@1")));
        assertThat(receiving.get("points").get("held").decimalValue())
                .as("R8: the receiving unit's points, not the source's 30")
                .isEqualByComparingTo("60");
        assertThat(texts(receiving.get("points").get("eventIds"))).containsExactly(transferEvent);
        assertThat(receiving.get("eligibility").get("eligible").asBoolean()).isTrue();
        var source = progress(learner, MALTA, "");
        assertThat(source.get("points").get("held").decimalValue())
                .as("the source qualification keeps its 30")
                .isEqualByComparingTo("30");

        var transcript = awaitTranscript(learner, t -> line(t, reception + "@1") != null);
        var received = line(transcript, reception + "@1");
        assertThat(received.get("route").asString()).isEqualTo("TRANSFER");
        assertThat(received.get("points").decimalValue()).isEqualByComparingTo("60");
        assertThat(received.get("transfer").get("originalPoints").decimalValue())
                .isEqualByComparingTo("30");
        assertThat(received.get("transfer").get("convertedPoints").decimalValue())
                .isEqualByComparingTo("60");
        assertThat(line(transcript, "MT-HSC-101@1").get("points").decimalValue())
                .isEqualByComparingTo("30");
        var sources = new java.util.ArrayList<String>();
        transcript
                .get("totals")
                .get(0)
                .get("sources")
                .forEach(s -> sources.add(s.get("qualification").asString() + " "
                        + s.get("unit").asString() + "="
                        + s.get("points").decimalValue().stripTrailingZeros().toPlainString()));
        assertThat(sources)
                .as("each qualification counts its own line once")
                .containsExactlyInAnyOrder(MALTA + " MT-HSC-101@1=30", qualification + " " + reception + "@1=60");
    }

    @Test
    void a_what_if_as_known_at_an_instant_ignores_what_was_recorded_later() {
        var learner = steps.anEnrolledLearner("Jana", MALTA, MCAST);
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-103@1", FOUR_OUTCOMES, null, "2024-06-30");
        awaitProgress(learner, MALTA, "", p -> "RECOGNISED".equals(status(p, "MT-HSC-103@1")));
        var beforeSecond = Instant.now();
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-104@1", FOUR_OUTCOMES, null, "2024-06-30");
        awaitProgress(learner, MALTA, "", p -> "RECOGNISED".equals(status(p, "MT-HSC-104@1")));

        var body = """
                {"asOf": "2024-07-01", "knownAt": "%s", "recognitions": [{"unit": "MT-HSC-101@1"}]}""";
        var asKnown = http.post(path(learner, MALTA), body.formatted(beforeSecond));
        var now = http.post(path(learner, MALTA), """
                {"asOf": "2024-07-01", "recognitions": [{"unit": "MT-HSC-101@1"}]}""");
        var malformed = http.post(path(learner, MALTA), body.formatted("yesterday"));

        assertThat(asKnown.status()).as(asKnown.body()).isEqualTo(200);
        assertThat(asKnown.json().get("knownAt").asString()).isEqualTo(beforeSecond.toString());
        assertThat(asKnown.json().get("points").get("held").decimalValue())
                .as("30 hypothetical + 40 known then")
                .isEqualByComparingTo("70");
        assertThat(status(asKnown.json(), "MT-HSC-104@1")).isEqualTo("MISSING");
        assertThat(now.json().get("points").get("held").decimalValue()).isEqualByComparingTo("130");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(LedgerSteps.fields(malformed.json())).containsExactly("knownAt:format");
    }

    // --- helpers

    /**
     * Registers {@code school} in MT, publishes {@code unit} (LO1, LO2) valid for two years and an ECVET
     * standard {@code qualification} of 60 points whose only, mandatory unit it is (60 points), with
     * validity in time (R13); the school assesses, validates and recognises for it.
     */
    private void aStandardWhoseUnitIsValidForTwoYears(String school, String unit, String qualification) {
        aStandard(school, unit, "\"validity\": \"P2Y\", ", qualification, 60, """
                {"rules": [{"rule": "AllMandatoryUnits"}, {"rule": "MinimumPoints", "minimum": 60},
                           {"rule": "UnitValidityInTime"}]}""");
    }

    /** Registers {@code school} in MT and publishes {@code unit} and a 60-point ECVET {@code qualification} whose only, mandatory unit it is. */
    private void aStandard(
            String school, String unit, String validity, String qualification, int points, String rules) {
        expect(http.post("/api/institutions", """
                {"institutionId": "%s", "legalName": "Care school %s", "jurisdiction": "MT", "kind": "SCHOOL"}""".formatted(school, school)), 201);
        expect(http.post("/api/units", """
                {"code": "%s", "title": {"en": "First aid"},
                 "learningOutcomes": [
                   {"id": "LO1", "description": {"en": "Assesses a casualty"}, "category": "KNOWLEDGE"},
                   {"id": "LO2", "description": {"en": "Gives first aid"}, "category": "SKILLS"}],
                 "eqfLevels": [4], %s"owner": "%s"}""".formatted(unit, validity, school)), 201);
        expect(http.post("/api/units/" + unit + "/versions/1/publish", """
                {"effectiveFrom": "2021-09-01"}"""), 200);
        expect(http.post("/api/qualifications", """
                {"id": "%s", "title": {"en": "Care aid"}, "jurisdiction": "MT", "awardingBodies": ["%s"],
                 "eqfLevel": 4, "framework": "ECVET", "totalPoints": 60, "referenceYears": 1}""".formatted(qualification, school)), 201);
        expect(
                http.post("/api/qualifications/" + qualification + "/versions/1/units", """
                {"unit": "%s@1", "role": "MANDATORY", "points": %d}""".formatted(unit, points)),
                200);
        expect(http.put("/api/qualifications/" + qualification + "/versions/1/award-rules", rules), 200);
        expect(http.post("/api/qualifications/" + qualification + "/versions/1/publish", """
                {"effectiveFrom": "2021-09-01"}"""), 200);
        for (var function : List.of("ASSESS", "VALIDATE", "RECOGNISE")) {
            expect(
                    http.post("/api/institutions/" + school + "/functions", """
                    {"function": "%s", "standard": "%s", "jurisdiction": "MT", "effectiveFrom": "2021-01-01"}""".formatted(function, qualification)),
                    200);
        }
    }

    private static void expect(LedgerHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    }

    private static String path(String learner, String qualification) {
        return "/api/learners/" + learner + "/progress/" + qualification;
    }

    private JsonNode transcript(String learner, String query) {
        var answer = http.get("/api/learners/" + learner + "/transcript" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private JsonNode awaitTranscript(String learner, Predicate<JsonNode> shown) {
        return awaitTranscript(learner, "", shown);
    }

    private JsonNode awaitTranscript(String learner, String query, Predicate<JsonNode> shown) {
        var seen = new JsonNode[1];
        await().atMost(PROJECTION).until(() -> {
            var answer = http.get("/api/learners/" + learner + "/transcript" + query);
            if (answer.status() != 200) {
                return false;
            }
            seen[0] = answer.json();
            return shown.test(seen[0]);
        });
        return seen[0];
    }

    private JsonNode progress(String learner, String qualification, String query) {
        var answer = http.get(path(learner, qualification) + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private JsonNode awaitProgress(String learner, String qualification, String query, Predicate<JsonNode> shown) {
        var seen = new JsonNode[1];
        await().atMost(PROJECTION).until(() -> {
            var answer = http.get(path(learner, qualification) + query);
            if (answer.status() != 200) {
                return false;
            }
            seen[0] = answer.json();
            return shown.test(seen[0]);
        });
        return seen[0];
    }

    /** The transcript line of {@code unit}, or null. */
    private static JsonNode line(JsonNode transcript, String unit) {
        for (var line : transcript.get("units")) {
            if (line.get("unit").asString().equals(unit)) {
                return line;
            }
        }
        return null;
    }

    private static String status(JsonNode line) {
        return line.get("status").asString();
    }

    private static JsonNode unitProgress(JsonNode progress, String unit) {
        for (var each : progress.get("units")) {
            if (each.get("unit").asString().equals(unit)) {
                return each;
            }
        }
        throw new AssertionError(unit + " is not in " + progress.get("units"));
    }

    private static String status(JsonNode progress, String unit) {
        for (var each : progress.get("units")) {
            if (each.get("unit").asString().equals(unit)) {
                return each.get("status").asString();
            }
        }
        return null;
    }

    private static List<String> outcomes(JsonNode line, String flag) {
        var ids = new java.util.ArrayList<String>();
        line.get("learningOutcomes").forEach(lo -> {
            if (lo.get(flag).asBoolean()) {
                ids.add(lo.get("id").asString());
            }
        });
        return ids;
    }

    private String eventId(String aggregateId, String type) {
        return jdbc.queryForObject(
                "select event_id from event_log where aggregate_id = ? and event_type = ? order by sequence_number limit 1",
                String.class,
                aggregateId,
                type);
    }

    private String recognitionOf(String aggregateId, String unit) {
        return jdbc.queryForObject("""
                select event_id from event_log where aggregate_id = ? and event_type = 'UnitRecognised'
                  and payload -> 'unit' -> 'code' ->> 'value' = ? order by sequence_number limit 1""", String.class, aggregateId, unit.substring(0, unit.indexOf('@')));
    }
}
