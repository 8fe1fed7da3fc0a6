package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;
import static org.ecvetledger.app.ledger.LedgerSteps.FOUR_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.MALTA;
import static org.ecvetledger.app.ledger.LedgerSteps.MCAST;
import static org.ecvetledger.app.ledger.LedgerSteps.assertNotFound;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * Share links over HTTP (issue 10 "the learner shares them", issue 11, ADR 0020): the learner
 * creates, lists and revokes them; the link opens signed out until it expires or is revoked, and
 * every opening is in the learner's read audit.
 */
@LedgerIT
class ShareLinkIT {

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

    /** A Maltese learner with MT-HSC-101 recognised, once the transcript shows it. */
    private String aLearnerWithCredit(String name) {
        var learner = steps.anEnrolledLearner(name, MALTA, MCAST);
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, null, "2022-06-30");
        await().atMost(PROJECTION).until(() -> {
            var answer = http.get("/api/learners/" + learner + "/transcript");
            return answer.status() == 200 && answer.body().contains("MT-HSC-101@1");
        });
        // the learner view (the name a link shows) is its own read model: wait for it too
        await().atMost(PROJECTION)
                .until(() -> http.get("/api/learners/" + learner).status() == 200);
        return learner;
    }

    private static String links(String learner) {
        return "/api/learners/" + learner + "/share-links";
    }

    private static JsonNode created(LedgerHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    private static JsonNode linkIn(JsonNode list, String linkId) {
        for (var link : list) {
            if (link.get("linkId").asString().equals(linkId)) {
                return link;
            }
        }
        throw new AssertionError("no link " + linkId + " in " + list);
    }

    @Test
    void a_learner_shares_the_transcript_and_progress_the_link_opens_signed_out_and_the_opening_is_in_the_read_audit() {
        var learner = aLearnerWithCredit("Ġorġ");
        var me = http.asLearner(learner);

        var answer = created(me.post(links(learner), """
                {"label": "Employer Acme", "qualification": "%s"}""".formatted(MALTA)));
        var token = answer.get("token").asString();
        var linkId = answer.at("/link/linkId").asString();
        assertThat(token).startsWith("ecvs_").hasSizeGreaterThan(40);
        assertThat(answer.get("api").asString()).isEqualTo("/api/shared/" + token);
        assertThat(answer.get("page").asString()).isEqualTo("/share/" + token);
        assertThat(answer.at("/link/state").asString()).isEqualTo("OPEN");
        assertThat(answer.at("/link/label").asString()).isEqualTo("Employer Acme");
        assertThat(answer.at("/link/createdBy").asString()).isEqualTo("learner-" + learner);
        var expires = Instant.parse(answer.at("/link/expiresAt").asString());
        assertThat(expires)
                .as("30 days by default")
                .isBetween(
                        Instant.now().plus(Duration.ofDays(30)).minusSeconds(120),
                        Instant.now().plus(Duration.ofDays(30)));
        assertThat(jdbc.queryForObject(
                        "select count(*) from access_share_link where token_sha256 like ?",
                        Integer.class,
                        "%" + token + "%"))
                .as("only the token's hash is kept")
                .isZero();

        var shared = http.anonymous().get("/api/shared/" + token);
        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
        var record = shared.json();
        assertThat(record.at("/learner/givenName").asString()).isEqualTo("Ġorġ");
        assertThat(record.at("/learner/familyName").asString()).isEqualTo("Moreau");
        assertThat(record.at("/transcript/learner").asString()).isEqualTo(learner);
        var units = new ArrayList<String>();
        record.at("/transcript/units").forEach(u -> units.add(u.get("unit").asString()));
        assertThat(units).contains("MT-HSC-101@1");
        assertThat(record.get("label").asString()).isEqualTo("Employer Acme");
        assertThat(record.get("qualification").asString()).isEqualTo(MALTA);
        await().atMost(PROJECTION)
                .until(() -> http.anonymous()
                        .get("/api/shared/" + token)
                        .json()
                        .path("progress")
                        .isObject());

        var list = me.get(links(learner));
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        var listed = linkIn(list.json(), linkId);
        assertThat(listed.get("opens").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(listed.has("token"))
                .as("the token is shown once, never listed")
                .isFalse();
        assertThat(list.body()).doesNotContain(token);

        var reads = me.get("/api/learners/" + learner + "/reads");
        assertThat(reads.status()).as(reads.body()).isEqualTo(200);
        var byLink = new ArrayList<JsonNode>();
        reads.json().forEach(r -> {
            if (r.get("account").asString().equals("share link Employer Acme")) {
                byLink.add(r);
            }
        });
        assertThat(byLink).hasSizeGreaterThanOrEqualTo(2);
        assertThat(byLink.get(0).get("shareLink").asString()).isEqualTo(linkId);
        assertThat(byLink.get(0).get("role").isNull()).isTrue();
        assertThat(byLink.get(0).get("resource").asString()).isEqualTo("GET /api/shared/{token}");
        assertThat(reads.body()).as("the read audit never shows the token").doesNotContain(token);

        // an auditor lists the links; one whose scope holds none of the learner's institutions does not
        var auditor = http.asAuditor("*").get(links(learner));
        assertThat(auditor.status()).as(auditor.body()).isEqualTo(200);
        assertThat(linkIn(auditor.json(), linkId).get("label").asString()).isEqualTo("Employer Acme");
        assertThat(http.asAuditor("IS").get(links(learner)).status()).isEqualTo(403);
    }

    @Test
    void a_revoked_link_no_longer_opens_and_stays_listed_as_revoked() {
        var learner = aLearnerWithCredit("Revoked");
        var me = http.asLearner(learner);
        var answer = created(me.post(links(learner), """
                {"label": "Old school"}"""));
        var token = answer.get("token").asString();
        var linkId = answer.at("/link/linkId").asString();
        assertThat(http.anonymous().get("/api/shared/" + token).status()).isEqualTo(200);

        assertThat(me.delete(links(learner) + "/" + linkId).status()).isEqualTo(204);

        var refused = http.anonymous().get("/api/shared/" + token);
        assertNotFound(refused);
        assertThat(refused.json().get("detail").asString())
                .as("the holder is not told that it was revoked")
                .isEqualTo(http.anonymous()
                        .get("/api/shared/ecvs_no-such-token")
                        .json()
                        .get("detail")
                        .asString());
        var listed = linkIn(me.get(links(learner)).json(), linkId);
        assertThat(listed.get("state").asString()).isEqualTo("REVOKED");
        assertThat(listed.get("revokedAt").isNull()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from access_share_link where link_id = ?::uuid", Integer.class, linkId))
                .as("revocation keeps the row")
                .isEqualTo(1);
        var revokedAt = listed.get("revokedAt").asString();
        assertThat(me.delete(links(learner) + "/" + linkId).status())
                .as("revoking again changes nothing")
                .isEqualTo(204);
        assertThat(linkIn(me.get(links(learner)).json(), linkId)
                        .get("revokedAt")
                        .asString())
                .isEqualTo(revokedAt);
        assertNotFound(me.delete(links(learner) + "/" + UUID.randomUUID()));
    }

    @Test
    void an_expired_link_answers_404_like_an_unknown_one() {
        var learner = aLearnerWithCredit("Expired");
        var me = http.asLearner(learner);
        var today = LocalDate.now(ZoneOffset.UTC);
        var answer = created(me.post(links(learner), """
                {"label": "Until today", "expiresOn": "%s"}""".formatted(today)));
        assertThat(answer.at("/link/expiresAt").asString())
                .as("a link opens through the end of its last day (UTC)")
                .isEqualTo(today.plusDays(1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                        .toString());
        var token = answer.get("token").asString();
        var linkId = answer.at("/link/linkId").asString();
        assertThat(http.anonymous().get("/api/shared/" + token).status()).isEqualTo(200);

        // the day passes: the link's expiry moves behind the clock
        jdbc.update(
                "update access_share_link set created_at = now() - interval '2 days', expires_at = now() - interval '1 second'"
                        + " where link_id = ?::uuid",
                linkId);

        var refused = http.anonymous().get("/api/shared/" + token);
        assertNotFound(refused);
        assertThat(refused.json().get("detail").asString())
                .isEqualTo(http.anonymous()
                        .get("/api/shared/ecvs_no-such-token")
                        .json()
                        .get("detail")
                        .asString());
        assertThat(linkIn(me.get(links(learner)).json(), linkId).get("state").asString())
                .isEqualTo("EXPIRED");
    }

    @Test
    void only_the_learner_creates_or_revokes_a_share_link() {
        var learner = aLearnerWithCredit("Owner");
        // registered by staff of a French institution, so that an auditor of FR has the learner in scope
        var registered =
                http.asStaff(BRANLY, "Registrar", LedgerHttp.ALL_FUNCTIONS).post("/api/learners", """
                {"givenName": "Someone", "familyName": "Else", "dateOfBirth": "2007-02-03"}""");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        var other = registered.json().get("learnerId").asString();
        var body = """
                {"label": "Not yours"}""";
        List.of(
                        http.asLearner(other),
                        http.asStaff(MCAST, "Registrar of MCAST", LedgerHttp.ALL_FUNCTIONS),
                        http.asAuditor("*"),
                        http.asAdmin())
                .forEach(caller -> {
                    var refused = caller.post(links(learner), body);
                    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
                    assertThat(refused.json().get("rule").asString()).isEqualTo("share-link-own");
                });
        assertThat(http.anonymous().post(links(learner), body).status()).isEqualTo(401);
        assertThat(http.asStaff(MCAST, "Registrar of MCAST", LedgerHttp.ALL_FUNCTIONS)
                        .get(links(learner))
                        .status())
                .as("staff do not list a learner's share links")
                .isEqualTo(403);
        assertThat(http.asLearner(other).get(links(learner)).status()).isEqualTo(403);
        assertThat(http.asAuditor("FR").get(links(other)).status())
                .as("an auditor whose scope holds the learner's institution (FR) lists them")
                .isEqualTo(200);
        assertThat(http.asAuditor("IS").get(links(other)).status()).isEqualTo(403);

        var linkId = created(http.asLearner(learner).post(links(learner), """
                        {"label": "Mine"}"""))
                .at("/link/linkId")
                .asString();
        var refused = http.asLearner(other).delete(links(learner) + "/" + linkId);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(http.asAuditor("*").delete(links(learner) + "/" + linkId).status())
                .isEqualTo(403);
        assertThat(linkIn(http.asLearner(learner).get(links(learner)).json(), linkId)
                        .get("state")
                        .asString())
                .isEqualTo("OPEN");
        assertThat(http.asLearner(other).get(links(other)).json())
                .as("the other learner's own list does not hold it")
                .isEmpty();
    }

    @Test
    void a_share_link_needs_a_label_and_an_expiry_within_a_year() {
        var learner = aLearnerWithCredit("Bad input");
        var me = http.asLearner(learner);
        var today = LocalDate.now(ZoneOffset.UTC);

        var tooLate = me.post(links(learner), """
                {"label": "Forever", "expiresOn": "%s"}""".formatted(today.plusYears(1).plusDays(1)));
        assertThat(tooLate.status()).as(tooLate.body()).isEqualTo(400);
        assertThat(tooLate.body()).contains("expiresOn").contains("within-a-year");

        var past = me.post(links(learner), """
                {"label": "Yesterday", "expiresOn": "%s"}""".formatted(today.minusDays(1)));
        assertThat(past.status()).as(past.body()).isEqualTo(400);
        assertThat(past.body()).contains("expiresOn").contains("not-in-the-past");

        var notADate = me.post(links(learner), """
                {"label": "Soon", "expiresOn": "next week"}""");
        assertThat(notADate.status()).as(notADate.body()).isEqualTo(400);
        assertThat(notADate.body()).contains("expiresOn");

        var blank = me.post(links(learner), """
                {"label": "  "}""");
        assertThat(blank.status()).as(blank.body()).isEqualTo(400);
        assertThat(blank.body()).contains("label");

        var yearAhead = created(me.post(links(learner), """
                {"label": "A year", "expiresOn": "%s"}""".formatted(today.plusYears(1))));
        assertThat(yearAhead.at("/link/state").asString()).isEqualTo("OPEN");
        assertThat(me.get(links(learner)).json())
                .as("refused requests created nothing")
                .hasSize(1);
    }
}
