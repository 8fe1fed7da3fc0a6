package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;
import static org.ecvetledger.app.ledger.LedgerSteps.FOUR_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.MALTA;
import static org.ecvetledger.app.ledger.LedgerSteps.MCAST;
import static org.ecvetledger.app.ledger.LedgerSteps.MEN;
import static org.ecvetledger.app.ledger.LedgerSteps.pathway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ADR 0016 amendment (ADR 0010 §6 for transfers): a transfer and the invalidation of the assessment
 * its source recognition rests on, sent at the same moment, many times. The transfer reads the
 * assessment row {@code for share}, so either it is refused (it saw the invalidation) or its reliance
 * rows are committed before the invalidation and the cascade revokes the transferred unit — never a
 * transferred unit left standing on an invalidated assessment.
 */
@LedgerIT
class LedgerTransferRaceIT {

    private static final int ROUNDS = 12;

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
    void S11_a_transfer_racing_the_invalidation_of_its_source_assessment_is_always_refused_or_revoked()
            throws Exception {
        var declared = http.post("/api/equivalences", """
                {"source": "MT-HSC-101@1", "target": "U2@1", "coverage": "FULL", "coveredOutcomes": [],
                 "basis": "COMPETENCE_MATRIX", "basisReference": "Race matrix", "declaredBy": "%s",
                 "effectiveFrom": "2024-01-01"}""".formatted(MEN));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        var equivalence = declared.json().get("equivalenceId").asString();
        var outcomes = new ArrayList<String>();
        var callers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                var learner = steps.anEnrolledLearner("Racer" + round, MALTA, MCAST);
                steps.creditFor(learner, MCAST, MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, null, "2024-06-30");
                steps.enrol(learner, BACPRO, BRANLY, "2025-09-01");
                var source = steps.basisOf(learner, MALTA, "MT-HSC-101@1");
                var start = new CountDownLatch(1);
                var transfer = callers.submit(() -> {
                    start.await();
                    return steps.post(learner, "credit-transfers", BRANLY, """
                            {"qualification": "%s", "unit": "U2@1", "sourceQualification": "%s",
                             "sourceUnit": "MT-HSC-101@1", "equivalence": "%s", "decisionReference": "RACE",
                             "effectiveDate": "2025-09-15"}""".formatted(BACPRO, MALTA, equivalence));
                });
                var invalidation = callers.submit(() -> {
                    start.await();
                    return steps.onAssessment(source, "invalidation", MCAST, """
                            {"reason": "the assessor was not authorised", "effectiveDate": "2025-10-01"}""");
                });
                start.countDown();
                var invalidated = invalidation.get(1, TimeUnit.MINUTES);
                var transferred = transfer.get(1, TimeUnit.MINUTES);
                assertThat(invalidated.status()).as(invalidated.body()).isEqualTo(201);
                var receiving = pathway(learner, BACPRO);
                if (transferred.status() == 201) {
                    // the transfer came first: the invalidation's cascade found it and revoked the unit
                    await().atMost(Duration.ofSeconds(30))
                            .until(() -> steps.events(receiving).contains("UnitRecognitionRevoked"));
                    var revoked = steps.payload(receiving, "UnitRecognitionRevoked");
                    assertThat(revoked.get("invalidatedAssessment").get("value").asString())
                            .isEqualTo(source);
                    outcomes.add("revoked");
                } else {
                    // the invalidation came first: the transfer saw it (or the source already revoked)
                    LedgerSteps.assertRefused(transferred, 422, "source-not-recognised");
                    assertThat(steps.events(receiving)).containsExactly("LearnerEnrolled");
                    outcomes.add("refused");
                }
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(outcomes).hasSize(ROUNDS);
        System.out.println("LedgerTransferRaceIT outcomes: " + outcomes);
    }
}
