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
