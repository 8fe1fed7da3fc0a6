package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;

import java.util.List;
import java.util.Map;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every event of a learner's pathway carries who acted, for which request, and its correlation and trace. */
@LedgerIT
class LedgerAuditMetadataIT {

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader demoCatalogue;

    LedgerSteps steps;

    @BeforeEach
    void setUp() {
        steps = new LedgerSteps(new LedgerHttp(environment), jdbc, demoCatalogue);
    }

    @Test
    void every_event_of_a_pathway_carries_the_actor_the_request_and_its_correlation() {
        var learner = steps.anEnrolledLearner("Noé", BACPRO, BRANLY);
        var assessment = steps.assessed(
                learner,
                BRANLY,
                LedgerSteps.assessment(
                        BACPRO,
                        "2026-05-04",
                        LedgerSteps.results("U12@1", true, "LO1", "LO2", "LO3", "LO4", "LO5", "LO6"),
                        Map.of("U12@1", 12),
                        null));
        assertThat(steps.post(
                                learner,
                                "validations",
                                BRANLY,
                                LedgerSteps.validation(BACPRO, "U12@1", List.of(assessment), "2026-05-05"))
                        .status())
                .isEqualTo(201);

        var rows = jdbc.queryForList("""
                select event_type, metadata ->> 'actorInstitution' as institution, metadata ->> 'actorPerson' as person,
                       metadata ->> 'requestId' as request, metadata ->> 'correlationId' as correlation,
                       metadata ->> 'traceId' as trace, recorded_at
                from event_log where aggregate_id in (?, ?) order by global_index""", LedgerSteps.pathway(learner, BACPRO), assessment);

        assertThat(rows)
                .extracting(row -> row.get("event_type"))
                .containsExactly("LearnerEnrolled", "AssessmentRecorded", "CreditValidated");
        for (var row : rows) {
            assertThat(row.get("institution"))
                    .as(row.get("event_type") + " actor institution")
                    .isEqualTo(BRANLY);
            assertThat(row.get("person"))
                    .as(row.get("event_type") + " actor person")
                    .isNotNull();
            assertThat(row.get("request")).isNotNull();
            assertThat(row.get("correlation")).isNotNull();
            assertThat(row.get("trace")).isNotNull();
            assertThat(row.get("recorded_at")).isNotNull();
        }
    }
}
