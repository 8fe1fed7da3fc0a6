package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;
import static org.ecvetledger.app.ledger.LedgerSteps.MUENCHEN;
import static org.ecvetledger.app.ledger.LedgerSteps.SIX_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.assertRefused;
import static org.ecvetledger.app.ledger.LedgerSteps.pathway;
import static org.ecvetledger.app.ledger.LedgerSteps.texts;
import static org.ecvetledger.app.ledger.LedgerSteps.unit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.projections.learner.FindRecognisedUnits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** S28 over HTTP: a BAC PRO pathway migrates from v2013 (version 1) to v2025 (version 2) through its transition table. */
@LedgerIT
class LedgerPathwayMigrationIT {

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    @Autowired
    QueryGateway queries;

    LedgerHttp http;
    LedgerSteps steps;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp(environment);
        steps = new LedgerSteps(http, jdbc, catalogue);
    }

    private LedgerHttp.Answer migrate(String learner, String institution, int version) {
        return steps.post(learner, "pathway-migrations", institution, """
                {"qualification": "%s", "version": %d, "effectiveDate": "2025-09-15"}""".formatted(BACPRO, version));
    }

    private List<UnitRef> unitsHeld(String learner) {
        return queries.query(
                        new FindRecognisedUnits(
                                LearnerId.of(learner), new QualificationId(BACPRO), LocalDate.of(2025, 10, 1)),
                        ResponseTypes.multipleInstancesOf(UnitRef.class))
                .join();
    }

    private static List<String> mapped(JsonNode migrated) {
        var lines = new ArrayList<String>();
        migrated.get("mappedCredits")
                .forEach(c -> lines.add(unit(c.get("from")) + "->" + unit(c.get("to")) + " "
                        + c.get("coverage").asString() + " " + texts(c.get("coveredOutcomes"))));
        return lines;
    }

    @Test
    void S28_S11_a_migrated_unit_whose_original_assessment_is_invalidated_is_revoked_on_v2025() {
        var learner = steps.anEnrolledLearner("Noah", BACPRO, BRANLY);
        steps.creditFor(learner, BRANLY, BACPRO, "U31@1", SIX_OUTCOMES, 14, "2024-06-10");
        steps.creditFor(learner, BRANLY, BACPRO, "U2@1", SIX_OUTCOMES, 11, "2024-06-12");
        var fraudulent = steps.basisOf(learner, BACPRO, "U31@1");
        assertThat(migrate(learner, BRANLY, 2).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(unitsHeld(learner))
                        .containsExactlyInAnyOrder(UnitRef.of("U3A", 1), UnitRef.of("U2", 1)));

        var invalidated = steps.onAssessment(fraudulent, "invalidation", BRANLY, """
                {"reason": "forged signature", "effectiveDate": "2025-10-01"}""");

        assertThat(invalidated.status()).as(invalidated.body()).isEqualTo(201);
        var path = pathway(learner, BACPRO);
        await().atMost(Duration.ofSeconds(20)).until(() -> steps.events(path).contains("UnitRecognitionRevoked"));
        var revoked = steps.payload(path, "UnitRecognitionRevoked");
        assertThat(unit(revoked.get("unit"))).as("the unit held in v2025").isEqualTo("U3A@1");
        assertThat(revoked.get("standard").get("version").asInt()).isEqualTo(2);
        assertThat(revoked.get("invalidatedAssessment").get("value").asString()).isEqualTo(fraudulent);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(unitsHeld(learner)).containsExactly(UnitRef.of("U2", 1)));
    }

    @Test
    void S28_credits_follow_the_transition_table_and_the_original_recognitions_stay_on_v2013() {
        var learner = steps.anEnrolledLearner("Hugo", BACPRO, BRANLY);
        steps.creditFor(learner, BRANLY, BACPRO, "U31@1", SIX_OUTCOMES, 14, "2024-06-10");
        steps.creditFor(learner, BRANLY, BACPRO, "U32@1", SIX_OUTCOMES, 12, "2024-06-11");
        steps.creditFor(learner, BRANLY, BACPRO, "U2@1", SIX_OUTCOMES, 11, "2024-06-12");

        assertRefused(migrate(learner, MUENCHEN, 2), 422, "not-authorised");
        var migrated = migrate(learner, BRANLY, 2);

        assertThat(migrated.status()).as(migrated.body()).isEqualTo(201);
        var path = pathway(learner, BACPRO);
        var event = steps.payload(path, "LearnerPathwayMigrated");
        assertThat(event.get("previousStandard").get("version").asInt()).isEqualTo(1);
        assertThat(event.get("standard").get("version").asInt()).isEqualTo(2);
        assertThat(mapped(event))
                .containsExactly(
                        "U31@1->U3A@1 FULL []",
                        "U32@1->U3B@1 PARTIAL [LO1, LO2, LO3, LO4, LO5, LO6]",
                        "U2@1->U2@1 FULL []");
        assertThat(steps.payloads(path, "UnitRecognised"))
                .as("the original recognitions remain, on v2013")
                .hasSize(3)
                .allSatisfy(r ->
                        assertThat(r.get("standard").get("version").asInt()).isEqualTo(1));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(unitsHeld(learner))
                        .containsExactlyInAnyOrder(UnitRef.of("U3A", 1), UnitRef.of("U2", 1)));
        assertThat(jdbc.queryForObject(
                        "select standard_version from rm_learner_enrolment where learner_id = ?::uuid and qualification_id = ?",
                        Integer.class,
                        learner,
                        BACPRO))
                .isEqualTo(2);
        assertRefused(migrate(learner, BRANLY, 2), 422, "not-a-newer-version");
    }

    /** An assessment of U3B (v2025, version 2 of BAC PRO) achieving the outcomes given; answers its id. */
    private String targetedAssessment(String learner, String... outcomes) {
        return steps.assessed(learner, BRANLY, """
                {"standard": {"id": "%s", "version": 2}, "method": "PRACTICAL_TEST", "setting": "FORMAL",
                 "assessedOn": "2025-09-20", "results": [%s], "grades": [{"unit": "U3B@1", "grade": 13}],
                 "gradingScheme": "0-20"}""".formatted(
                        BACPRO, String.join(", ", LedgerSteps.results("U3B@1", true, outcomes))));
    }

    private String eventId(String path, String eventType) {
        return jdbc.queryForObject(
                "select event_id from event_log where aggregate_id = ? and event_type = ?",
                String.class,
                path,
                eventType);
    }

    /** ADR 0023: the partial mapping's outcomes and a targeted assessment of the rest make U3B whole. */
    @Test
    void S28_partial_mapping_completed_by_a_targeted_assessment() {
        // every date before 2025-10-01, the day unitsHeld asks about
        var learner = steps.anEnrolledLearner("Jade", BACPRO, BRANLY);
        steps.creditFor(learner, BRANLY, BACPRO, "U32@1", SIX_OUTCOMES, 12, "2024-06-11");
        var original = steps.basisOf(learner, BACPRO, "U32@1");
        assertThat(migrate(learner, BRANLY, 2).status()).isEqualTo(201);
        var path = pathway(learner, BACPRO);
        // U3B has eight outcomes: the transition table credits LO1–LO6, the targeted assessment LO7 and LO8
        var targeted = targetedAssessment(learner, "LO7", "LO8");
        assertThat(steps.validate(learner, BRANLY, BACPRO, "U3B@1", List.of(targeted), "2025-09-22", "LO7")
                        .status())
                .isEqualTo(201);

        var incomplete = steps.recognise(learner, BRANLY, BACPRO, "U3B@1", "2025-09-25");

        var problem = assertRefused(incomplete, 422, "validation-incomplete");
        assertThat(incomplete.contentType()).startsWith("application/problem+json");
        assertThat(problem.get("field").asString()).isEqualTo("unit");
        assertThat(problem.get("detail").asString()).contains("[LO8]");
        assertThat(steps.events(path)).doesNotContain("UnitRecognitionRevoked");

        assertThat(steps.validate(learner, BRANLY, BACPRO, "U3B@1", List.of(targeted), "2025-09-22", "LO8")
                        .status())
                .isEqualTo(201);
        var recognised = steps.recognise(learner, BRANLY, BACPRO, "U3B@1", "2025-09-25");

        assertThat(recognised.status()).as(recognised.body()).isEqualTo(201);
        var event = steps.payloads(path, "UnitRecognised").stream()
                .filter(r -> unit(r.get("unit")).equals("U3B@1"))
                .findFirst()
                .orElseThrow();
        assertThat(event.get("standard").get("version").asInt()).isEqualTo(2);
        assertThat(texts(event.get("basis"))).containsExactly(targeted);
        var partCredit = event.get("partCredit").get(0);
        assertThat(partCredit.get("kind").asString()).isEqualTo("MIGRATION");
        assertThat(texts(partCredit.get("learningOutcomes"))).isEqualTo(SIX_OUTCOMES);
        assertThat(unit(partCredit.get("sourceUnit"))).isEqualTo("U32@1");
        assertThat(texts(partCredit.get("sourceBasis"))).containsExactly(original);
        assertThat(partCredit.get("pathwaySequence").asLong())
                .as("names the migration in the pathway's stream")
                .isEqualTo(jdbc.queryForObject(
                        "select sequence_number from event_log where aggregate_id = ? and event_type = ?",
                        Long.class,
                        path,
                        "LearnerPathwayMigrated"));
        var migration = eventId(path, "LearnerPathwayMigrated");
        var recognition = jdbc.queryForObject(
                "select event_id from event_log where aggregate_id = ? and event_type = 'UnitRecognised'"
                        + " and payload -> 'standard' ->> 'version' = '2'",
                String.class,
                path);
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
            assertThat(unitsHeld(learner)).contains(UnitRef.of("U3B", 1));
            var progress =
                    http.get("/api/learners/" + learner + "/progress/" + BACPRO).json();
            var line = line(progress.get("units"), "U3B@1");
            assertThat(line.get("status").asString()).isEqualTo("RECOGNISED");
            assertThat(texts(line.get("eventIds"))).contains(migration, recognition);
            var transcript =
                    http.get("/api/learners/" + learner + "/transcript").json();
            var unitLine = line(transcript.get("units"), "U3B@1");
            assertThat(unitLine.get("status").asString()).isEqualTo("RECOGNISED");
            assertThat(unitLine.get("recognition").get("eventId").asString()).isEqualTo(recognition);
            assertThat(texts(unitLine.get("sourceEvents"))).contains(migration, recognition);
        });

        // the original U32 assessment is invalidated: the completed unit falls, then its part-credit
        assertThat(steps.onAssessment(original, "invalidation", BRANLY, """
                        {"reason": "forged signature", "effectiveDate": "2025-09-28"}""").status())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> steps.payloads(path, "UnitRecognitionRevoked").size() == 2);
        assertThat(steps.payloads(path, "UnitRecognitionRevoked"))
                .extracting(r ->
                        unit(r.get("unit")) + " part=" + r.get("partOfUnit").asBoolean())
                .containsExactly("U3B@1 part=false", "U3B@1 part=true");
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
            assertThat(unitsHeld(learner)).doesNotContain(UnitRef.of("U3B", 1));
            var progress =
                    http.get("/api/learners/" + learner + "/progress/" + BACPRO).json();
            assertThat(line(progress.get("units"), "U3B@1").get("status").asString())
                    .as("only the targeted assessment's validation remains")
                    .isEqualTo("VALIDATED");
        });
    }

    private static JsonNode line(JsonNode units, String unit) {
        for (var line : units) {
            if (line.get("unit").asString().equals(unit)) {
                return line;
            }
        }
        throw new AssertionError("no line for " + unit + " in " + units);
    }

    @Test
    void migration_V2026_11_27_041_rebuilds_the_transition_tables_from_the_events() {
        org.ecvetledger.app.LookupsFromHistory.assertRebuiltAsKept(
                "db/migration/ledger/V2026_11_27_041__transition_tables.sql",
                jdbc,
                transactions,
                "select standard_ref, from_ref, to_ref, coverage, covered_outcomes::text from wl_unit_transition"
                        + " order by 1, 2",
                "delete from wl_unit_transition");
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;
}
