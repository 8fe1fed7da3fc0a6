package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;

import java.time.Duration;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** R23: a learning agreement states the learner's progress so far, filled from the ledger. */
@LedgerIT
class LedgerProgressSoFarIT {

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader demoCatalogue;

    LedgerHttp http;
    LedgerSteps steps;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp(environment);
        steps = new LedgerSteps(http, jdbc, demoCatalogue);
    }

    @Test
    void R23_a_learning_agreement_drafted_without_progress_lists_the_units_the_learner_holds() {
        var learner = steps.anEnrolledLearner("Inès", BACPRO, BRANLY);
        var assessment = steps.assessed(
                learner,
                BRANLY,
                LedgerSteps.assessment(
                        BACPRO,
                        "2026-05-04",
                        LedgerSteps.results("U12@1", true, "LO1", "LO2", "LO3", "LO4", "LO5", "LO6"),
                        java.util.Map.of("U12@1", 13),
                        null));
        assertThat(steps.post(
                                learner,
                                "validations",
                                BRANLY,
                                LedgerSteps.validation(BACPRO, "U12@1", java.util.List.of(assessment), "2026-05-05"))
                        .status())
                .isEqualTo(201);
        assertThat(steps.recognise(learner, BRANLY, BACPRO, "U12@1", "2026-05-06")
                        .status())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from rm_learner_recognised_unit where learner_id = ?::uuid",
                                Integer.class,
                                learner)
                        == 1);

        var agreement = steps.aLearningAgreement(learner, steps.anActiveMou(), false);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> http.get("/api/learning-agreements/" + agreement).status() == 200);
        assertThat(http.get("/api/learning-agreements/" + agreement).body()).contains("\"priorProgress\":[\"U12@1\"]");
    }
}
