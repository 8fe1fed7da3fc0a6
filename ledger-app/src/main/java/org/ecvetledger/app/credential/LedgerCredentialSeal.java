package org.ecvetledger.app.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.ecvetledger.domain.credential.CredentialId;
import org.ecvetledger.domain.credential.CredentialSealing;
import org.ecvetledger.domain.shared.InstitutionId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ledger's seal: takes the credential's bit on the issuer's status list, adds the status entry,
 * signs the canonical form with the issuer's key through the {@link CredentialSigner} and keeps the
 * signed document, all in the transaction of the command that issues it.
 */
@Component
class LedgerCredentialSeal implements CredentialSealing {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final CredentialSigner signer;
    private final CredentialProperties properties;

    LedgerCredentialSeal(JdbcTemplate jdbc, CredentialSigner signer, CredentialProperties properties) {
        this.jdbc = jdbc;
        this.signer = signer;
        this.properties = properties;
    }

    @Override
    public SealedCredential seal(CredentialId credentialId, InstitutionId issuer, String unsignedCredential) {
        var credential = (ObjectNode) JSON.readTree(unsignedCredential);
        long index = jdbc.queryForObject("select nextval('credential_status_index_seq')", Long.class);
        credential.set("credentialStatus", anyUri(StatusLists.entryUrl(properties.baseUrl(), issuer, index)));
        var keyId = signer.keyId(issuer);
        var payload = JwsProofs.signedBytes(credential);
        var proof = JSON.createObjectNode();
        proof.put("type", JwsProofs.PROOF_TYPE);
        proof.put("created", credential.path("issued").asString());
        proof.put("proofPurpose", "assertionMethod");
        proof.put("verificationMethod", JwsProofs.verificationMethod(properties.baseUrl(), keyId));
        proof.put("jws", signer.sign(issuer, keyId, payload));
        credential.set("proof", proof);
        var contentHash = contentHash(payload);
        jdbc.update(
                "insert into credential_document (credential_id, issuer, document, content_hash) values (?, ?, ?, ?)",
                credentialId.value(),
                issuer.value(),
                JSON.writeValueAsString(credential),
                contentHash);
        return new SealedCredential(index, contentHash, keyId);
    }

    static String contentHash(byte[] canonical) {
        try {
            return "sha-256:"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON-LD value object: the EDC shapes type credentialStatus as an xsd:anyURI literal, not a node. */
    static ObjectNode anyUri(String url) {
        var value = JSON.createObjectNode();
        value.put("@value", url);
        value.put("@type", "http://www.w3.org/2001/XMLSchema#anyURI");
        return value;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
