package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;
import static org.ecvetledger.app.ledger.LedgerSteps.SIX_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.assessment;
import static org.ecvetledger.app.ledger.LedgerSteps.pathway;
import static org.ecvetledger.app.ledger.LedgerSteps.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** R27: simultaneous decisions on the same credit leave exactly one; every other caller is told 409. */
@LedgerIT
class LedgerConcurrencyIT {

    private static final int CALLERS = 50;

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    LedgerSteps steps;

    @BeforeEach
    void setUp() {
        steps = new LedgerSteps(new LedgerHttp(environment), jdbc, catalogue);
    }

    @Test
    void R27_fifty_simultaneous_validations_of_the_same_credit_record_one_and_refuse_the_others_with_409()
            throws Exception {
        var learner = steps.anEnrolledLearner("Léa", BACPRO, BRANLY);
        var assessment = steps.assessed(
                learner,
                BRANLY,
                assessment(BACPRO, "2025-06-10", results("U31@1", true, SIX_OUTCOMES), Map.of("U31@1", 14), null));
        var body = LedgerSteps.validation(BACPRO, "U31@1", List.of(assessment), "2025-06-20");
        var start = new CountDownLatch(1);
        var answers = new ArrayList<Future<LedgerHttp.Answer>>();

        var callers = Executors.newFixedThreadPool(CALLERS);
        try {
            for (int i = 0; i < CALLERS; i++) {
                answers.add(callers.submit(() -> {
                    start.await();
                    return steps.post(learner, "validations", BRANLY, body);
                }));
            }
            start.countDown();
            callers.shutdown();
            assertThat(callers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        } finally {
            callers.shutdownNow();
        }

        var statuses = new ArrayList<Integer>();
        for (var answer : answers) {
            var got = answer.get();
            statuses.add(got.status());
            if (got.status() != 201) {
                assertThat(got.status()).as(got.body()).isEqualTo(409);
                assertThat(got.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(statuses).doesNotContain(500);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(CALLERS - 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from domainevententry where aggregateidentifier = ? and payloadtype = ?",
                        Long.class,
                        pathway(learner, BACPRO),
                        "CreditValidated"))
                .isEqualTo(1);
    }
}
