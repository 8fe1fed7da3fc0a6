package org.ecvetledger.app.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecvetledger.app.credential.CredentialSteps.MALTA;
import static org.ecvetledger.app.credential.CredentialSteps.MCAST;

import java.time.Duration;
import java.util.Map;
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
 * Issue, publish, verify and revoke over HTTP (issue 9): the awarding body seals the credential
 * with its own key, verifiers check it online and offline, and a revocation with its reason
 * category reaches the issuer's status list.
 */
@LedgerIT
class CredentialIssuanceIT {

    @Autowired
    Environment environment;

    @Autowired
    DemoCatalogueLoader catalogue;

    @Autowired
    JdbcTemplate jdbc;

    CredentialSteps steps;

    @BeforeEach
    void setUp() {
        steps = new CredentialSteps(new LedgerHttp(environment), catalogue);
    }

    /** A graduate's credential, once the read models the export reads have caught up; answers the signed document. */
    private LedgerHttp.Answer issuedTo(String learner, String by) {
        var answer = new LedgerHttp.Answer[1];
        await().atMost(Duration.ofSeconds(20))
                .until(() -> steps.preview(learner, null)
                                .json()
                                .get("credentialSubject")
                                .get("hasClaim")
                                .size()
                        == 4);
        answer[0] = steps.issue(learner, by, "{}");
        return answer[0];
    }

    private JsonNode verification(String document) {
        var answer = steps.verify(document);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void S33_the_awarding_body_seals_a_credential_that_conforms_to_the_elm_shapes_and_verifies() {
        var learner = steps.aMaltaGraduate("Pawlu");

        var issued = issuedTo(learner, MCAST);

        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        var credential = issued.json();
        var id = credential.get("id").asString();
        assertThat(issued.location()).endsWith("/api/credentials/" + id.substring("urn:credential:".length()));
        assertThat(credential.get("proof").get("type").asString()).isEqualTo("JsonWebSignature2020");
        assertThat(credential.get("proof").get("jws").asString()).contains("..");
        assertThat(credential.get("proof").get("verificationMethod").asString())
                .as("the key id, which holds a '#', is one percent-encoded fragment")
                .endsWith("/.well-known/jwks.json#" + MCAST + "%23key-1");
        assertThat(credential
                        .get("issuer")
                        .get("eIDASIdentifier")
                        .get("notation")
                        .asString())
                .isEqualTo(MCAST);
        assertThat(credential.get("credentialStatus").get("@value").asString())
                .contains("/api/status-lists/" + MCAST + "#");
        var report = ElmShapes.validate(issued.body());
        assertThat(report.conforms()).as(ElmShapes.describe(report)).isTrue();

        var verified = verification(issued.body());
        assertThat(verified.get("verified").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.get("status").asString()).isEqualTo("active");

        var stored = steps.http.get(issued.location());
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.body()).isEqualTo(issued.body());
        var event = jdbc.queryForMap(
                "select payload::text as payload from event_log where aggregate_id = ? and event_type = 'CredentialIssued'",
                id.substring("urn:credential:".length()));
        assertThat(event.get("payload").toString())
                .contains(learner)
                .contains("sha-256:")
                .contains(MCAST + "#key-1");
        var states = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(event.get("payload").toString())
                .get("states");
        assertThat(states)
                .as("the decisions it states, for revoking it with them")
                .hasSize(4);
        var awards = new java.util.ArrayList<String>();
        states.forEach(state -> {
            if (state.path("unit").isNull() || state.path("unit").isMissingNode()) {
                awards.add(state.get("qualification").get("value").asString());
            }
        });
        assertThat(awards).as("the award, stated once").containsExactly(MALTA);
        assertThat(states.toString()).contains("MT-HSC-105");
    }

    @Test
    void S33_an_institution_that_did_not_award_it_cannot_seal_the_credential() {
        var learner = steps.aMaltaGraduate("Toni");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> steps.preview(learner, null)
                                .json()
                                .get("credentialSubject")
                                .get("hasClaim")
                                .size()
                        == 4);

        var refused = steps.issue(learner, "FR-MEN", "{}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("rule").asString()).isEqualTo("issuer-not-awarding-body");
    }

    @Test
    void a_tampered_credential_one_changed_character_fails_with_a_clear_reason() {
        var issued = issuedTo(steps.aMaltaGraduate("Rita"), MCAST);
        var tampered = issued.body().replace("\"Dementia care\"", "\"Dementia cure\"");

        var verified = verification(tampered);

        assertThat(tampered).isNotEqualTo(issued.body());
        assertThat(verified.get("verified").asBoolean()).isFalse();
        assertThat(verified.get("reason").asString())
                .isEqualTo("signature: the signature does not match the credential's content: it was changed after "
                        + "it was sealed");
    }

    @Test
    void the_issuers_key_and_status_list_let_a_verifier_check_offline() {
        var issued = issuedTo(steps.aMaltaGraduate("Karmen"), MCAST);
        var jwks = steps.http.get("/.well-known/jwks.json");
        var listUrl =
                issued.json().get("credentialStatus").get("@value").asString().replaceAll("#.*", "");
        var statusList = steps.http.get(listUrl.substring(listUrl.indexOf("/api/")));

        var verification = CredentialVerifier.offline(jwks.body(), Map.of(listUrl, statusList.body()))
                .verify(issued.body());

        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.json().get("keys").toString()).contains("\"kid\":\"" + MCAST + "#key-1\"");
        assertThat(statusList.json().get("type").get(1).asString()).isEqualTo("BitstringStatusListCredential");
        assertThat(verification.verified()).as(verification.reason()).isTrue();
    }

    @Test
    void revocation_with_a_reason_category_sets_the_status_bit_and_verifiers_learn_the_reason() {
        var issued = issuedTo(steps.aMaltaGraduate("Ninu"), MCAST);
        var id = issued.json().get("id").asString();

        var revoked = steps.revoke(id, MCAST, """
                {"reason": "WITHDRAWN_AFTER_APPEAL", "explanation": "appeal upheld", "effectiveDate": "2025-09-01"}""");

        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var verified = verification(issued.body());
            assertThat(verified.get("verified").asBoolean()).isFalse();
            assertThat(verified.get("status").asString()).isEqualTo("revoked");
            assertThat(verified.get("revocationReason").asString()).isEqualTo("WITHDRAWN_AFTER_APPEAL");
        });
        var listUrl = issued.json().get("credentialStatus").get("@value").asString();
        var index = Long.parseLong(listUrl.substring(listUrl.indexOf('#') + 1));
        var list = steps.http.get("/api/status-lists/" + MCAST).json();
        assertThat(StatusLists.isSet(
                        list.get("credentialSubject").get("encodedList").asString(), index))
                .isTrue();
        assertThat(steps.revoke(id, MCAST, """
                        {"reason": "MISCONDUCT", "effectiveDate": "2025-09-02"}""").status()).as("revoked once").isEqualTo(409);
    }

    @Test
    void a_re_issue_supersedes_the_earlier_credential_which_verifiers_see_with_the_link() {
        var learner = steps.aMaltaGraduate("Lela");
        var first = issuedTo(learner, MCAST);
        var firstId = first.json().get("id").asString();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> steps.http
                                .get("/api/credentials/" + firstId.substring(15) + "/status")
                                .status()
                        == 200);

        var second = steps.issue(learner, MCAST, "{\"supersedes\": \"" + firstId + "\"}");

        assertThat(second.status()).as(second.body()).isEqualTo(201);
        var secondId = second.json().get("id").asString();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var verified = verification(first.body());
            assertThat(verified.get("status").asString()).isEqualTo("revoked");
            assertThat(verified.get("revocationReason").asString()).isEqualTo("SUPERSEDED");
            assertThat(verified.get("supersededBy").asString()).isEqualTo(secondId);
        });
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(steps.http
                                .get("/api/credentials/" + secondId.substring(15) + "/status")
                                .json()
                                .get("supersedes")
                                .get("value")
                                .asString())
                        .isEqualTo(firstId.substring(15)));
        assertThat(verification(second.body()).get("verified").asBoolean()).isTrue();
    }

    @Test
    void a_revocation_names_its_reason_category_and_an_unknown_credential_is_not_found() {
        var missingReason =
                steps.revoke("0190a0b0-0000-7000-8000-000000000009", MCAST, "{\"effectiveDate\": \"2025-09-01\"}");
        var unknownReason = steps.revoke(
                "0190a0b0-0000-7000-8000-000000000009",
                MCAST,
                "{\"reason\": \"BORED\", \"effectiveDate\": \"2025-09-01\"}");
        var unknown = steps.revoke(
                "0190a0b0-0000-7000-8000-000000000009",
                MCAST,
                "{\"reason\": \"MISCONDUCT\", \"effectiveDate\": \"2025-09-01\"}");

        assertThat(missingReason.status()).isEqualTo(400);
        assertThat(missingReason.body()).contains("reason");
        assertThat(unknownReason.status()).isEqualTo(400);
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
    }
}
