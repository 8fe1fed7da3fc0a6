package org.ecvetledger.app.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import org.ecvetledger.domain.shared.InstitutionId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Signing and the offline verifier without the ledger: a credential signed with an issuer's Ed25519
 * key verifies against the published JWKS and status list; one changed character, another key or a
 * set status bit each fail with a reason.
 */
class CredentialVerifierTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BASE = "https://ledger.example";
    private static final InstitutionId MCAST = new InstitutionId("MT-MCAST");
    private static final String KEY_ID = "MT-MCAST#key-1";
    private static final String LIST_URL = BASE + "/api/status-lists/MT-MCAST";

    private KeyPair issuerKey;

    @BeforeEach
    void setUp() throws NoSuchAlgorithmException {
        issuerKey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    private ObjectNode unsignedCredential(long statusIndex) {
        var credential = (ObjectNode) JSON.readTree("""
                {"@context": ["https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"],
                 "id": "urn:credential:0190a0b0-0000-7000-8000-000000000042",
                 "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
                 "issuer": {"id": "urn:ecvet-ledger:institution:MT-MCAST", "type": "Organisation",
                            "legalName": {"en": "Malta College of Arts, Science and Technology"}},
                 "issued": "2025-07-02T10:00:00Z", "validFrom": "2025-07-02T00:00:00Z",
                 "credentialSubject": {"id": "urn:ecvet-ledger:learner:1", "type": "Person",
                   "fullName": {"en": "Ġorġ Camilleri"},
                   "hasClaim": [{"id": "urn:ecvet-ledger:learningAchievement:1", "type": "LearningAchievement",
                                 "title": {"en": "Dementia care"}}]}}""");
        credential.set("credentialStatus", LedgerCredentialSeal.anyUri(LIST_URL + "#" + statusIndex));
        return credential;
    }

    private String signed(ObjectNode credential, String keyId, KeyPair key) {
        var proof = JSON.createObjectNode();
        proof.put("type", JwsProofs.PROOF_TYPE);
        proof.put("created", "2025-07-02T10:00:00Z");
        proof.put("proofPurpose", "assertionMethod");
        proof.put("verificationMethod", BASE + "/.well-known/jwks.json#" + keyId);
        proof.put("jws", JwsProofs.sign(JwsProofs.signedBytes(credential), keyId, key.getPrivate()));
        credential.set("proof", proof);
        return JSON.writeValueAsString(credential);
    }

    private String jwks() {
        return """
                {"keys": [{"kty": "OKP", "crv": "Ed25519", "kid": "%s", "x": "%s"}]}""".formatted(KEY_ID, Ed25519Keys.x(issuerKey.getPublic()));
    }

    private String statusList(List<Long> revoked) {
        var list = (ObjectNode) JSON.readTree("""
                {"@context": ["https://www.w3.org/ns/credentials/v2"], "id": "%s",
                 "type": ["VerifiableCredential", "BitstringStatusListCredential"],
                 "issuer": "urn:ecvet-ledger:institution:MT-MCAST", "validFrom": "2025-07-03T00:00:00Z",
                 "credentialSubject": {"id": "%s#list", "type": "BitstringStatusList", "statusPurpose": "revocation",
                                       "encodedList": "%s"}}""".formatted(LIST_URL, LIST_URL, StatusLists.encode(revoked, 10)));
        return signed(list, KEY_ID, issuerKey);
    }

    private CredentialVerifier offline(List<Long> revoked) {
        return CredentialVerifier.offline(jwks(), Map.of(LIST_URL, statusList(revoked)));
    }

    @Test
    void a_sealed_credential_verifies_offline_with_the_published_key_and_status_list() {
        var credential = signed(unsignedCredential(3), KEY_ID, issuerKey);

        var verification = offline(List.of(1L)).verify(credential);

        assertThat(verification.verified()).as(verification.reason()).isTrue();
        assertThat(verification.status()).isEqualTo("active");
        assertThat(verification.checks())
                .extracting(CredentialVerifier.Check::name)
                .containsExactly("format", "issuer-key", "signature", "status");
    }

    @Test
    void one_changed_character_fails_the_signature_with_a_reason() {
        var credential = signed(unsignedCredential(3), KEY_ID, issuerKey);
        var tampered = credential.replace("Dementia care", "Dementia cure");

        var verification = offline(List.of()).verify(tampered);

        assertThat(tampered).isNotEqualTo(credential);
        assertThat(verification.verified()).isFalse();
        assertThat(verification.reason())
                .isEqualTo("signature: the signature does not match the credential's content: it was changed after it "
                        + "was sealed");
    }

    @Test
    void whitespace_and_member_order_do_not_break_the_signature() {
        var credential = signed(unsignedCredential(3), KEY_ID, issuerKey);
        var reordered = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(credential));

        assertThat(offline(List.of()).verify(reordered).verified()).isTrue();
    }

    @Test
    void a_key_of_another_institution_is_not_the_issuers_key() throws NoSuchAlgorithmException {
        var other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        var credential = signed(unsignedCredential(3), "FR-MEN#key-1", other);

        var verification = offline(List.of()).verify(credential);

        assertThat(verification.verified()).isFalse();
        assertThat(verification.reason()).startsWith("issuer-key:").contains("not a key of the issuer MT-MCAST");
    }

    @Test
    void a_signature_by_an_unpublished_key_under_the_issuers_key_id_fails() throws NoSuchAlgorithmException {
        var forger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        var credential = signed(unsignedCredential(3), KEY_ID, forger);

        var verification = offline(List.of()).verify(credential);

        assertThat(verification.verified()).isFalse();
        assertThat(verification.reason()).startsWith("signature:");
    }

    @Test
    void a_revoked_credential_fails_on_its_status_bit() {
        var credential = signed(unsignedCredential(3), KEY_ID, issuerKey);

        var verification = offline(List.of(3L)).verify(credential);

        assertThat(verification.verified()).isFalse();
        assertThat(verification.status()).isEqualTo("revoked");
        assertThat(verification.reason()).isEqualTo("status: the issuer revoked the credential");
    }

    @Test
    void a_status_list_that_does_not_verify_is_not_trusted() {
        var credential = signed(unsignedCredential(3), KEY_ID, issuerKey);
        var forgedList = statusList(List.of()).replace("\"revocation\"", "\"revocation\" ");
        var tamperedList = JSON.readTree(statusList(List.of())).toString().replace("MT-MCAST#list", "MT-MCAST#lists");

        var verification = CredentialVerifier.offline(jwks(), Map.of(LIST_URL, tamperedList))
                .verify(credential);

        assertThat(CredentialVerifier.offline(jwks(), Map.of(LIST_URL, forgedList))
                        .verify(credential)
                        .verified())
                .as("insignificant whitespace is no change")
                .isTrue();
        assertThat(verification.verified()).isFalse();
        assertThat(verification.status()).isEqualTo("unknown");
    }

    @Test
    void a_document_that_is_not_an_edc_fails_the_format_check() {
        assertThat(offline(List.of()).verify("{\"id\": ").reason()).startsWith("format:");
        var noType = unsignedCredential(3);
        noType.set("type", JSON.createArrayNode().add("VerifiableCredential"));
        assertThat(offline(List.of()).verify(signed(noType, KEY_ID, issuerKey)).reason())
                .isEqualTo("format: type must name VerifiableCredential and EuropeanDigitalCredential");
    }

    @Test
    void the_public_key_travels_as_a_jwk_and_back() {
        var x = Ed25519Keys.x(issuerKey.getPublic());

        assertThat(Ed25519Keys.fromX(x)).isEqualTo(issuerKey.getPublic());
        assertThat(MCAST.value()).isEqualTo(KEY_ID.substring(0, KEY_ID.indexOf('#')));
    }
}
