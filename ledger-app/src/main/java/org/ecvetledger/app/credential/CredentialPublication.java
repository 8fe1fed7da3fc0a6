package org.ecvetledger.app.credential;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.ecvetledger.projections.credentialstatus.CredentialStatusView;
import org.ecvetledger.projections.credentialstatus.GetCredentialStatus;
import org.ecvetledger.projections.credentialstatus.GetStatusList;
import org.ecvetledger.projections.credentialstatus.StatusListView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the ledger publishes about the credentials it sealed: the signed documents, the issuers'
 * public keys (JWKS), their signed status lists, and its own verification of a credential.
 */
@Component
class CredentialPublication {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String STATUS_LIST_CONTEXT = "https://www.w3.org/ns/credentials/v2";

    private final JdbcTemplate jdbc;
    private final CredentialSigner signer;
    private final QueryGateway queries;
    private final CredentialProperties properties;
    private final Clock clock;

    CredentialPublication(
            JdbcTemplate jdbc, CredentialSigner signer, QueryGateway queries, CredentialProperties properties) {
        this.jdbc = jdbc;
        this.signer = signer;
        this.queries = queries;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    @QueryHandler
    Optional<String> handle(CredentialQueries.GetSignedCredential query) {
        return jdbc
                .queryForList(
                        "select document from credential_document where credential_id = ?",
                        String.class,
                        query.credentialId().value())
                .stream()
                .findFirst();
    }

    @QueryHandler
    String handle(CredentialQueries.GetPublishedKeys query) {
        var keys = JSON.createArrayNode();
        for (var key : signer.publishedKeys()) {
            var jwk = JSON.createObjectNode();
            jwk.put("kty", "OKP");
            jwk.put("crv", "Ed25519");
            jwk.put("x", Ed25519Keys.x(key.key()));
            jwk.put("kid", key.keyId());
            jwk.put("use", "sig");
            jwk.put("alg", "EdDSA");
            keys.add(jwk);
        }
        return JSON.writeValueAsString(JSON.createObjectNode().set("keys", keys));
    }

    /** The issuer's W3C Bitstring Status List credential, signed with the issuer's key like its credentials. */
    @QueryHandler
    Optional<String> handle(CredentialQueries.GetStatusListCredential query) {
        var list = queries.query(
                        new GetStatusList(query.issuer()), ResponseTypes.optionalInstanceOf(StatusListView.class))
                .join();
        if (list.isEmpty()) {
            return Optional.empty();
        }
        var url = StatusLists.listUrl(properties.baseUrl(), query.issuer());
        var credential = JSON.createObjectNode();
        credential.set("@context", JSON.createArrayNode().add(STATUS_LIST_CONTEXT));
        credential.put("id", url);
        credential.set(
                "type", JSON.createArrayNode().add("VerifiableCredential").add("BitstringStatusListCredential"));
        credential.put(
                "issuer", CredentialVerifier.ISSUER_PREFIX + query.issuer().value());
        credential.put("validFrom", ElmCredentialBuilder.dateTime(Instant.now(clock)));
        var subject = JSON.createObjectNode();
        subject.put("id", url + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put(
                "encodedList",
                StatusLists.encode(list.get().revokedIndexes(), list.get().highestIndex()));
        credential.set("credentialSubject", subject);
        sign(credential, query.issuer());
        return Optional.of(JSON.writeValueAsString(credential));
    }

    @QueryHandler
    CredentialVerifier.Verification handle(CredentialQueries.GetCredentialVerification query) {
        CredentialVerifier.StatusSource statuses = (entry, credential) -> queries.query(
                        new GetCredentialStatus(credential),
                        ResponseTypes.optionalInstanceOf(CredentialStatusView.class))
                .join()
                .filter(view -> view.issuer().equals(entry.issuer()) && view.statusListIndex() == entry.index())
                .map(view -> new CredentialVerifier.Status(
                        view.revoked(),
                        view.revocationReason() == null
                                ? null
                                : view.revocationReason().name(),
                        view.supersededBy() == null ? null : view.supersededBy().urn(),
                        view.contentHash()));
        return new CredentialVerifier(signer::publicKey, statuses).verify(query.document());
    }

    private void sign(ObjectNode credential, org.ecvetledger.domain.shared.InstitutionId issuer) {
        var keyId = signer.keyId(issuer);
        var proof = JSON.createObjectNode();
        proof.put("type", JwsProofs.PROOF_TYPE);
        proof.put("created", credential.path("validFrom").asString());
        proof.put("proofPurpose", "assertionMethod");
        proof.put("verificationMethod", JwsProofs.verificationMethod(properties.baseUrl(), keyId));
        proof.put("jws", signer.sign(issuer, keyId, JwsProofs.signedBytes(credential)));
        credential.set("proof", proof);
    }
}
