package org.ecvetledger.app.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecvetledger.app.credential.CredentialSteps.BACPRO;
import static org.ecvetledger.app.credential.CredentialSteps.BRANLY;
import static org.ecvetledger.app.credential.CredentialSteps.FOUR_OUTCOMES;
import static org.ecvetledger.app.credential.CredentialSteps.MALTA;
import static org.ecvetledger.app.credential.CredentialSteps.MCAST;
import static org.ecvetledger.app.credential.CredentialSteps.SIX_OUTCOMES;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.LookupsFromHistory;
import org.ecvetledger.app.demo.DemoCatalogue;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.ecvetledger.app.ledger.ActingHeaders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * Credentials fall with the decisions they state (issue 9 item 5, ADR 0012 §9, §10), on the real
 * command path: an invalidation's cascade, an appeal's reversal, an erasure — each revokes the
 * credentials in force once, and verifiers learn the reason category.
 */
@LedgerIT
class CredentialRevocationIT {

    private static final Duration CASCADE = Duration.ofSeconds(30);
    private static final String MEN = DemoCatalogue.MEN.value();

    @Autowired
    Environment environment;

    @Autowired
    DemoCatalogueLoader catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    PlatformTransactionManager transactions;

    CredentialSteps steps;

    @BeforeEach
    void setUp() {
        steps = new CredentialSteps(new LedgerHttp(environment), catalogue);
    }

    /** Issues once the export shows {@code claims} claims; answers the signed document. */
    private LedgerHttp.Answer issued(String learner, String by, String query, String body, int claims) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> steps.preview(learner, query)
                                .json()
                                .get("credentialSubject")
                                .get("hasClaim")
                                .size()
                        >= claims);
        var answer = steps.issue(learner, by, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer;
    }

    private JsonNode verification(String document) {
        var answer = steps.verify(document);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static String id(LedgerHttp.Answer issued) {
        return issued.json().get("id").asString().substring("urn:credential:".length());
    }

    private long revocations(String credential) {
        return jdbc.queryForObject(
                "select count(*) from event_log where aggregate_id = ? and event_type = 'CredentialRevoked'",
                Long.class,
                credential);
    }

    private JsonNode revocation(String credential) {
        var payload = jdbc.queryForObject(
                "select payload::text from event_log where aggregate_id = ? and event_type = 'CredentialRevoked'",
                String.class,
                credential);
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(payload);
    }

    private void awaitRevoked(LedgerHttp.Answer issued, String reason) {
        await().atMost(CASCADE).untilAsserted(() -> {
            var verified = verification(issued.body());
            assertThat(verified.get("verified").asBoolean())
                    .as(verified.toString())
                    .isFalse();
            assertThat(verified.get("status").asString()).isEqualTo("revoked");
            assertThat(verified.get("revocationReason").asString()).isEqualTo(reason);
        });
    }

    @Test
    void S11_an_invalidation_revokes_every_credential_stating_a_withdrawn_decision_and_verifiers_learn_why() {
        var learner = steps.anEnrolledLearner("Salvu", MALTA, MCAST);
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, 15, "2022-06-30");
        var unauthorised = steps.creditFor(learner, MCAST, MALTA, "MT-HSC-104@1", FOUR_OUTCOMES, 16, "2023-06-30");
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-105@1", FOUR_OUTCOMES, 14, "2025-06-30");
        steps.awarded(learner, MCAST, MALTA, "2025-07-01");
        var award = issued(learner, MCAST, null, "{}", 4);
        var unit104 = issued(
                learner,
                MCAST,
                "qualification=" + MALTA + "&units=MT-HSC-104@1",
                "{\"qualification\": \"" + MALTA + "\", \"units\": [\"MT-HSC-104@1\"]}",
                1);
        var unit101 = issued(
                learner,
                MCAST,
                "qualification=" + MALTA + "&units=MT-HSC-101@1",
                "{\"qualification\": \"" + MALTA + "\", \"units\": [\"MT-HSC-101@1\"]}",
                1);

        var invalidated = steps.http.postWithHeaders(
                "/api/assessments/" + unauthorised + "/invalidation", """
                {"reason": "the assessor was not authorised", "effectiveDate": "2025-09-01"}""", CredentialSteps.actingFor(MCAST));

        assertThat(invalidated.status()).as(invalidated.body()).isEqualTo(201);
        awaitRevoked(award, "ISSUED_IN_ERROR");
        awaitRevoked(unit104, "ISSUED_IN_ERROR");
        var status = steps.http.get("/api/credentials/" + id(award) + "/status").json();
        assertThat(status.get("revoked").asBoolean()).isTrue();
        assertThat(status.get("revokedOn").asString()).isEqualTo("2025-09-01");
        var listUrl = award.json().get("credentialStatus").get("@value").asString();
        var index = Long.parseLong(listUrl.substring(listUrl.indexOf('#') + 1));
        var list = steps.http.get("/api/status-lists/" + MCAST).json();
        assertThat(StatusLists.isSet(
                        list.get("credentialSubject").get("encodedList").asString(), index))
                .as("the award credential's bit is set")
                .isTrue();
        assertThat(revocations(id(award)))
                .as("the award credential states the revoked unit and the revoked award: revoked once")
                .isEqualTo(1);
        var event = revocation(id(award));
        assertThat(event.get("revokedBy").get("institution").get("value").asString())
                .as("revoked on behalf of its issuer")
                .isEqualTo(MCAST);
        assertThat(event.get("explanation").asString()).contains("the assessor was not authorised");
        assertThat(verification(unit101.body()).get("verified").asBoolean())
                .as("a credential stating only decisions that stand still holds")
                .isTrue();
        assertThat(revocations(id(unit101))).isZero();
    }

    @Test
    void S13_an_appeal_upheld_by_reversing_the_recognition_revokes_its_credential_as_withdrawn_after_appeal() {
        var learner = steps.anEnrolledLearner("Dario", BACPRO, BRANLY);
        var threeDaysAgo = LocalDate.now().minusDays(3).toString();
        steps.creditFor(learner, BRANLY, BACPRO, "U31@1", SIX_OUTCOMES, 14, threeDaysAgo);
        var credential = issued(
                learner,
                BRANLY,
                "qualification=" + BACPRO + "&units=U31@1",
                "{\"qualification\": \"" + BACPRO + "\", \"units\": [\"U31@1\"]}",
                1);
        var lodged = steps.http.postWithHeaders(
                "/api/appeals",
                """
                {"learner": "%s", "qualification": "%s", "unit": "U31@1", "grounds": "recognised on the wrong unit"}""".formatted(learner, BACPRO),
                Map.of(ActingHeaders.INSTITUTION, BRANLY, ActingHeaders.PERSON, "Advocate"));
        assertThat(lodged.status()).as(lodged.body()).isEqualTo(201);
        var appeal = lodged.json().get("appealId").asString();

        var upheld = steps.http.postWithHeaders(
                "/api/appeals/" + appeal + "/upholding",
                """
                {"remedy": "REVERSE_DECISION", "reasoning": "U31 was not the unit assessed", "effectiveDate": "%s"}""".formatted(LocalDate.now()),
                Map.of(ActingHeaders.INSTITUTION, MEN, ActingHeaders.PERSON, "Commission d'appel"));

        assertThat(upheld.status()).as(upheld.body()).isEqualTo(201);
        awaitRevoked(credential, "WITHDRAWN_AFTER_APPEAL");
        assertThat(revocations(id(credential))).isEqualTo(1);
        assertThat(revocation(id(credential)).get("explanation").asString()).contains(appeal);
    }

    @Test
    void S11_the_revocation_policy_delivered_again_from_the_start_revokes_each_credential_once() {
        var learner = steps.anEnrolledLearner("Marija", MALTA, MCAST);
        var forged = steps.creditFor(learner, MCAST, MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, 15, "2022-06-30");
        var credential = issued(
                learner,
                MCAST,
                "qualification=" + MALTA + "&units=MT-HSC-101@1",
                "{\"qualification\": \"" + MALTA + "\", \"units\": [\"MT-HSC-101@1\"]}",
                1);
        var invalidated = steps.http.postWithHeaders(
                "/api/assessments/" + forged + "/invalidation", """
                {"reason": "fraud: the portfolio was forged", "effectiveDate": "2025-09-01"}""", CredentialSteps.actingFor(MCAST));
        assertThat(invalidated.status()).as(invalidated.body()).isEqualTo(201);
        awaitRevoked(credential, "MISCONDUCT");

        // every event is delivered to the policy again, as after a lost token
        var policy = (StreamingEventProcessor) processing
                .eventProcessor(CredentialRevocations.PROCESSING_GROUP)
                .orElseThrow();
        policy.shutDown();
        policy.resetTokens();
        policy.start();
        await().atMost(CASCADE)
                .until(() -> policy.isRunning()
                        && !policy.isReplaying()
                        && !policy.processingStatus().isEmpty()
                        && policy.processingStatus().values().stream().allMatch(s -> s.isCaughtUp()));

        assertThat(revocations(id(credential))).isEqualTo(1);
        assertThat(verification(credential.body()).get("revocationReason").asString())
                .isEqualTo("MISCONDUCT");
    }

    @Test
    void S39_erasure_revokes_the_learners_credentials_and_deletes_the_stored_documents_but_keeps_the_events() {
        var learner = steps.anEnrolledLearner("Ġużeppa", MALTA, MCAST);
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, 15, "2022-06-30");
        var credential = issued(
                learner,
                MCAST,
                "qualification=" + MALTA + "&units=MT-HSC-101@1",
                "{\"qualification\": \"" + MALTA + "\", \"units\": [\"MT-HSC-101@1\"]}",
                1);
        assertThat(credential.body()).contains("Ġużeppa").contains("2005-02-11");

        var erased = steps.http.postWithHeaders(
                "/api/learners/" + learner + "/erasure", "", CredentialSteps.actingFor(MCAST));

        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().get("personalDataErased").asBoolean()).isTrue();
        awaitRevoked(credential, "WITHDRAWN_ON_ERASURE");
        await().atMost(CASCADE)
                .until(() ->
                        steps.http.get("/api/credentials/" + id(credential)).status() == 404);
        assertThat(jdbc.queryForObject(
                        "select count(*) from credential_document where document like ?", Long.class, "%Ġużeppa%"))
                .as("no stored copy names the learner")
                .isZero();
        var issuedEvent = jdbc.queryForObject(
                "select payload::text from event_log where aggregate_id = ? and event_type = 'CredentialIssued'",
                String.class,
                id(credential));
        assertThat(issuedEvent).as("the history stays, without personal data").contains(learner);
        assertThat(issuedEvent).doesNotContain("Ġużeppa");
        var view = steps.http.get("/api/learners/" + learner).json();
        assertThat(view.get("personalDataErased").asBoolean()).isTrue();

        var again = steps.http.postWithHeaders(
                "/api/learners/" + learner + "/erasure", "", CredentialSteps.actingFor(MCAST));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_log where aggregate_id = ? and event_type = 'LearnerPersonalDataErased'",
                        Long.class,
                        learner))
                .isEqualTo(1);
        assertThat(revocations(id(credential))).isEqualTo(1);
    }

    @Test
    void S39_an_erasure_names_who_records_it_and_an_unknown_learner_is_not_found() {
        var unknown = steps.http.postWithHeaders(
                "/api/learners/0190a0b0-0000-7000-8000-000000000039/erasure", "", CredentialSteps.actingFor(MCAST));
        var anonymous = steps.http.anonymous().post("/api/learners/0190a0b0-0000-7000-8000-000000000039/erasure", "");

        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(401);
    }

    @Test
    void the_migration_rebuilds_the_credential_lookups_from_the_events_alone() {
        var learner = steps.anEnrolledLearner("Ċensu", MALTA, MCAST);
        steps.creditFor(learner, MCAST, MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, 15, "2022-06-30");
        var kept = issued(
                learner,
                MCAST,
                "qualification=" + MALTA + "&units=MT-HSC-101@1",
                "{\"qualification\": \"" + MALTA + "\", \"units\": [\"MT-HSC-101@1\"]}",
                1);
        // a re-issue names the earlier credential, which the controller looks up in the status read model
        await().atMost(CASCADE)
                .until(() -> steps.http
                                .get("/api/credentials/" + id(kept) + "/status")
                                .status()
                        == 200);
        var revoked = steps.issue(learner, MCAST, "{\"supersedes\": \"urn:credential:" + id(kept) + "\"}");
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(201);
        await().atMost(CASCADE).until(() -> revocations(id(kept)) == 1);

        LookupsFromHistory.assertRebuiltAsKept(
                "db/migration/ledger/V2026_11_27_025__credential_statements.sql",
                jdbc,
                transactions,
                "select c.credential_id::text, c.issuer, c.learner_id::text, c.revoked, s.qualification_id, s.unit_ref "
                        + "from wl_credential c left join wl_credential_statement s on s.credential_id = c.credential_id "
                        + "order by 1, 5, 6",
                "delete from wl_credential_statement",
                "delete from wl_credential");
        assertThat(jdbc.queryForObject(
                        "select revoked from wl_credential where credential_id = ?::uuid", Boolean.class, id(kept)))
                .as("the superseded credential is no longer in force")
                .isTrue();
    }
}
