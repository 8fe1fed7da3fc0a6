package org.ecvetledger.app.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.app.mobility.MobilitySteps.HOME;
import static org.ecvetledger.app.mobility.MobilitySteps.HOST;
import static org.ecvetledger.app.mobility.MobilitySteps.assertRefused;
import static org.ecvetledger.app.mobility.MobilitySteps.laTerms;
import static org.ecvetledger.app.mobility.MobilitySteps.mouTerms;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.ecvetledger.domain.partnership.MemorandumId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Decision (j)4 and R29: an MoU ends on its end date without anyone asking, no new agreement is
 * made under it after that, and agreements signed while it was in force still complete.
 */
@LedgerIT
class MemorandumExpiryIT {

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    @Autowired
    MemorandumExpiry expiry;

    @Autowired
    MemorandumLookups lookups;

    @Autowired
    CommandGateway commands;

    LedgerHttp http;
    MobilitySteps steps;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp(environment);
        steps = new MobilitySteps(http, jdbc, catalogue);
    }

    /** S03: the MoU expired on 2024-06-30; a learning agreement drafted on 2024-09-01 is refused. */
    @Test
    void S03_no_learning_agreement_under_an_expired_mou() {
        var mou = anMouThatWasActiveUntil20240630();
        var learner = steps.aLearner("Camille");

        expiry.expireDueOn(LocalDate.of(2024, 9, 1));

        assertThat(steps.events(mou)).endsWith("MemorandumExpired");
        assertThat(steps.payload(mou, "MemorandumExpired")).contains("\"expiredOn\": \"2024-07-01\"");
        var read = steps.awaitRead(
                "/api/mous/" + mou, m -> m.get("state").asString().equals("EXPIRED"));
        assertThat(read.get("endedOn").asString()).isEqualTo("2024-07-01");
        var eventsBefore = steps.countEvents();
        assertRefused(
                steps.draftAgreementAnswer(learner, mou, laTerms(HOST, "2024-09-02", "2024-09-29", "U32@1")),
                409,
                "mou-not-active");
        assertRefused(
                http.post("/api/learning-agreements/groups", """
                        {"learners": ["%s"], "mou": "%s", "terms": %s}""".formatted(learner, mou, laTerms())),
                409,
                "mou-not-active");
        assertThat(steps.countEvents()).isEqualTo(eventsBefore);
    }

    /** R29: an agreement signed while its MoU was in force completes after the MoU expired, but no longer changes. */
    @Test
    void R29_an_agreement_signed_before_the_mou_expired_completes_after_it() {
        var today = LocalDate.now();
        var endOfMou = today.plusDays(1);
        var mou = steps.draftMou(mouTerms("Ends tomorrow", today.minusMonths(6), endOfMou));
        steps.signMou(mou, 1, HOME, today.minusMonths(5).toString());
        steps.signMou(mou, 1, HOST, today.minusMonths(5).toString());
        var agreement = steps.draftAgreementAnswer(
                        steps.aLearner("Lucas"),
                        mou,
                        laTerms(
                                HOST,
                                today.minusDays(20).toString(),
                                today.plusDays(10).toString(),
                                "U32@1"))
                .json()
                .get("learningAgreementId")
                .asString();
        steps.signAll(agreement, today.minusMonths(1).toString());

        expiry.expireDueOn(endOfMou.plusDays(1));

        assertThat(steps.events(mou)).endsWith("MemorandumExpired");
        assertRefused(steps.draftAgreementAnswer(steps.aLearner("Zoé"), mou, laTerms()), 409, "mou-not-active");
        assertRefused(
                http.post("/api/learning-agreements/" + agreement + "/change-proposals", """
                        {"proposedBy": "HOME", "reason": "Longer stay", "terms": %s}""".formatted(laTerms())),
                409,
                "mou-not-active");

        var completed =
                http.post("/api/learning-agreements/" + agreement + "/completion", """
                {"completedOn": "%s", "outstanding": []}""".formatted(today.plusDays(12)));

        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(steps.events(agreement)).endsWith("LearningAgreementCompleted");
        steps.awaitRead("/api/mous/" + mou, m -> m.get("state").asString().equals("EXPIRED"));
        steps.awaitRead(
                "/api/learning-agreements/" + agreement,
                a -> a.get("state").asString().equals("COMPLETED"));
    }

    /** Decision (j)4: the scheduled check expires an MoU the day after its end date, on the ledger's clock. */
    @Test
    void an_mou_expires_on_time_with_nobody_calling_an_endpoint() {
        var today = LocalDate.now();
        var endOfMou = today.plusDays(2);
        var mou = steps.draftMou(mouTerms("Ends in two days", today.minusMonths(6), endOfMou));
        steps.signMou(mou, 1, HOME, today.minusMonths(5).toString());
        steps.signMou(mou, 1, HOST, today.minusMonths(5).toString());
        var clock = new MutableClock(endOfMou.atTime(23, 59).toInstant(ZoneOffset.UTC));
        var scheduled = new MemorandumExpiry(lookups, commands, clock);

        scheduled.expireDue();

        assertThat(lookups.find(MemorandumId.of(mou)).orElseThrow().endedOn()).isNull();
        assertThat(steps.events(mou)).doesNotContain("MemorandumExpired");

        clock.advanceTo(endOfMou.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        scheduled.expireDue();

        assertThat(lookups.find(MemorandumId.of(mou)).orElseThrow().endedOn()).isEqualTo(endOfMou.plusDays(1));
        assertThat(steps.events(mou)).endsWith("MemorandumExpired");
        assertThat(jdbc.queryForObject(
                        "select metadata ->> 'actor' from event_log where aggregate_id = ? and event_type = 'MemorandumExpired'",
                        String.class,
                        mou))
                .isEqualTo("ledger:mou-expiry");
    }

    /**
     * An MoU between home and host valid in the first half of 2024, signed by both in January. The
     * ledger's own scheduler may expire it between the two signatures (its end date has passed), so
     * the set-up starts again with a fresh MoU when that happens.
     */
    private String anMouThatWasActiveUntil20240630() {
        for (int attempt = 0; attempt < 3; attempt++) {
            var mou = steps.draftMou(
                    mouTerms("Branly–München 2024", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)));
            if (steps.signMouAnswer(mou, 1, HOME, "2024-01-15").status() == 200
                    && steps.signMouAnswer(mou, 1, HOST, "2024-01-16").status() == 200) {
                assertThat(steps.events(mou)).contains("MemorandumActivated");
                return mou;
            }
        }
        throw new AssertionError("the MoU expired before its parties could sign it, three times");
    }

    /** A clock the test moves forward, as time passes for the scheduler. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advanceTo(Instant later) {
            now = later;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
