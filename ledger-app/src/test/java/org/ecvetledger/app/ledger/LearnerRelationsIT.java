package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.app.ledger.LedgerSteps.FOUR_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.MALTA;
import static org.ecvetledger.app.ledger.LedgerSteps.MCAST;
import static org.ecvetledger.app.ledger.LedgerSteps.MUENCHEN;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who relates to a learner (ADR 0014): the institution that enrolled a learner and decided on their
 * credit reads their records, and auditors of its country do, though another institution registered
 * them; an institution that never acted for the learner still does not.
 */
@LedgerIT
class LearnerRelationsIT {

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    @Test
    void the_enrolling_and_deciding_institution_reads_a_learner_another_registered_and_a_stranger_does_not() {
        var http = new LedgerHttp(environment);
        var steps = new LedgerSteps(http, jdbc, catalogue);
        var learner = steps.aLearner("Petra");
        steps.enrol(learner, MALTA, MCAST, "2022-09-01");
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-103@1", FOUR_OUTCOMES, null, "2024-06-30");
        var transcript = "/api/learners/" + learner + "/transcript";
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> http.get(transcript).status() == 200);

        var enrolling = http.asStaff(MCAST, "Officer of MCAST", "ASSESS").get(transcript);
        var maltaAuditor = http.asAuditor("MT").get(transcript);
        var stranger = http.asStaff(MUENCHEN, "Officer of München", "ASSESS").get(transcript);

        assertThat(enrolling.status()).as(enrolling.body()).isEqualTo(200);
        assertThat(maltaAuditor.status()).as(maltaAuditor.body()).isEqualTo(200);
        assertThat(stranger.status()).as(stranger.body()).isEqualTo(403);
    }
}
