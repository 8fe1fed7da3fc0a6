package org.ecvetledger.app.credential;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecvetledger.domain.credential.CredentialId;
import org.ecvetledger.domain.shared.InstitutionId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Verifies a credential the ledger sealed, in four checks, each failing with a reason a person can
 * read: format (an EDC of the ledger's shape), issuer key (the proof's key belongs to the issuer and
 * is published), signature (the canonical content is what was signed) and status (not revoked). It
 * needs nothing of the ledger but a key source and a status source, so {@link #offline} runs it on a
 * downloaded JWKS and status list alone.
 */
final class CredentialVerifier {

    static final String ISSUER_PREFIX = "urn:ecvet-ledger:institution:";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Public keys by key id. */
    interface KeySource {
        Optional<PublicKey> publicKey(String keyId);
    }

    /** The status of a credential's bit; empty when the list or the credential is unknown. */
    interface StatusSource {
        Optional<Status> status(StatusLists.Entry entry, CredentialId credential);
    }

    /**
     * @param reason       the revocation's category, when the source knows it (the ledger does; a bare list does not)
     * @param supersededBy the credential that replaced a superseded one, or null
     * @param contentHash  the hash the ledger recorded at issue, or null when the source does not know it
     */
    record Status(boolean revoked, String reason, String supersededBy, String contentHash) {}

    record Check(String name, boolean passed, String detail) {}

    /**
     * The outcome: {@code reason} names the first failed check in words, null when verified.
     *
     * @param status {@code active}, {@code revoked} or {@code unknown}
     */
    record Verification(
            boolean verified,
            String credentialId,
            String issuer,
            String status,
            String revocationReason,
            String supersededBy,
            String reason,
            List<Check> checks) {}

    private final KeySource keys;
    private final StatusSource statuses;

    CredentialVerifier(KeySource keys, StatusSource statuses) {
        this.keys = keys;
        this.statuses = statuses;
    }

    /**
     * A verifier that needs no ledger: the issuer's JWKS and its status-list credentials, as
     * downloaded, by their URL. A status list counts only when its own proof verifies.
     */
    static CredentialVerifier offline(String jwks, Map<String, String> statusListCredentials) {
        var published = new HashMap<String, PublicKey>();
        for (var key : JSON.readTree(jwks).path("keys")) {
            if ("OKP".equals(key.path("kty").asString(""))
                    && "Ed25519".equals(key.path("crv").asString(""))) {
                published.put(
                        key.path("kid").asString(),
                        Ed25519Keys.fromX(key.path("x").asString()));
            }
        }
        KeySource keys = keyId -> Optional.ofNullable(published.get(keyId));
        StatusSource statuses = (entry, credential) -> {
            var text = statusListCredentials.get(entry.listUrl());
            if (text == null) {
                return Optional.empty();
            }
            var list = JSON.readTree(text);
            var jws = list.path("proof").path("jws").asString("");
            try {
                var key = keys.publicKey(JwsProofs.keyId(jws));
                if (key.isEmpty() || !JwsProofs.verify(jws, JwsProofs.signedBytes(list), key.get())) {
                    return Optional.empty();
                }
            } catch (JwsProofs.InvalidJws e) {
                return Optional.empty();
            }
            var subject = list.path("credentialSubject");
            if (!"revocation".equals(subject.path("statusPurpose").asString(""))) {
                return Optional.empty();
            }
            boolean revoked = StatusLists.isSet(subject.path("encodedList").asString(""), entry.index());
            return Optional.of(new Status(revoked, null, null, null));
        };
        return new CredentialVerifier(keys, statuses);
    }

    Verification verify(String document) {
        var checks = new ArrayList<Check>();
        JsonNode credential;
        try {
            credential = JSON.readTree(document);
        } catch (RuntimeException e) {
            return failed(null, null, checks, "format", "the credential is not well-formed JSON");
        }
        if (!(credential instanceof ObjectNode)) {
            return failed(null, null, checks, "format", "the credential is not a JSON object");
        }
        var id = credential.path("id").asString("");
        var issuerId = credential.path("issuer").path("id").asString("");
        var formatProblem = formatProblem(credential);
        if (formatProblem != null) {
            return failed(id, issuerId, checks, "format", formatProblem);
        }
        var issuer = new InstitutionId(issuerId.substring(ISSUER_PREFIX.length()));
        checks.add(new Check("format", true, "a European Digital Credential (ELM v3) of the ledger's shape"));

        var jws = credential.path("proof").path("jws").asString("");
        String keyId;
        try {
            keyId = JwsProofs.keyId(jws);
        } catch (JwsProofs.InvalidJws e) {
            return failed(id, issuerId, checks, "issuer-key", e.getMessage());
        }
        if (!keyId.startsWith(issuer.value() + "#")) {
            return failed(
                    id,
                    issuerId,
                    checks,
                    "issuer-key",
                    "the proof was made with key " + keyId + ", which is not a key of the issuer " + issuer);
        }
        var key = keys.publicKey(keyId);
        if (key.isEmpty()) {
            return failed(id, issuerId, checks, "issuer-key", "the issuer's key " + keyId + " is not published");
        }
        checks.add(new Check("issuer-key", true, keyId));

        var signed = JwsProofs.signedBytes(credential);
        boolean valid;
        try {
            valid = JwsProofs.verify(jws, signed, key.get());
        } catch (JwsProofs.InvalidJws e) {
            return failed(id, issuerId, checks, "signature", e.getMessage());
        }
        if (!valid) {
            return failed(
                    id,
                    issuerId,
                    checks,
                    "signature",
                    "the signature does not match the credential's content: it was changed after it was sealed");
        }
        checks.add(new Check("signature", true, "Ed25519 over the RFC 8785 canonical form"));

        var entry = StatusLists.parseEntry(
                credential.path("credentialStatus").path("@value").asString(null));
        if (entry == null || !entry.issuer().equals(issuer)) {
            return failed(id, issuerId, checks, "status", "the credential names no status entry on its issuer's list");
        }
        var status = statuses.status(entry, CredentialId.of(id));
        if (status.isEmpty()) {
            return new Verification(
                    false,
                    id,
                    issuerId,
                    "unknown",
                    null,
                    null,
                    "status: the issuer's status list does not know the credential",
                    withFailure(checks, "status", "the issuer's status list does not know the credential"));
        }
        var known = status.get();
        if (known.contentHash() != null && !known.contentHash().equals(LedgerCredentialSeal.contentHash(signed))) {
            return failed(id, issuerId, checks, "status", "the ledger recorded other content for this credential");
        }
        if (known.revoked()) {
            var why = "the issuer revoked the credential"
                    + (known.reason() == null ? "" : " (" + known.reason() + ")")
                    + (known.supersededBy() == null ? "" : "; it is superseded by " + known.supersededBy());
            checks.add(new Check("status", false, why));
            return new Verification(
                    false, id, issuerId, "revoked", known.reason(), known.supersededBy(), "status: " + why, checks);
        }
        checks.add(new Check("status", true, "active on " + entry.listUrl() + " at index " + entry.index()));
        return new Verification(true, id, issuerId, "active", null, null, null, checks);
    }

    private static String formatProblem(JsonNode credential) {
        var context = credential.path("@context");
        if (context.size() != 2
                || !ElmCredentialBuilder.VC_CONTEXT.equals(context.path(0).asString(""))
                || !ElmCredentialBuilder.EDC_CONTEXT.equals(context.path(1).asString(""))) {
            return "@context must be [" + ElmCredentialBuilder.VC_CONTEXT + ", " + ElmCredentialBuilder.EDC_CONTEXT
                    + "]";
        }
        var types = new ArrayList<String>();
        credential.path("type").forEach(t -> types.add(t.asString("")));
        if (!types.contains("VerifiableCredential") || !types.contains("EuropeanDigitalCredential")) {
            return "type must name VerifiableCredential and EuropeanDigitalCredential";
        }
        if (!credential.path("id").asString("").startsWith("urn:credential:")) {
            return "id must be urn:credential:<uuid>";
        }
        try {
            CredentialId.of(credential.path("id").asString(""));
        } catch (IllegalArgumentException e) {
            return "id must be urn:credential:<uuid>";
        }
        var issuer = credential.path("issuer").path("id").asString("");
        if (!issuer.startsWith(ISSUER_PREFIX)) {
            return "issuer.id must name an institution of the ledger (" + ISSUER_PREFIX + "<code>)";
        }
        try {
            new InstitutionId(issuer.substring(ISSUER_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return "issuer.id must name an institution of the ledger (" + ISSUER_PREFIX + "<code>)";
        }
        if (!credential.path("credentialSubject").isObject()) {
            return "credentialSubject is missing";
        }
        if (!credential.path("credentialSubject").path("hasClaim").isArray()) {
            return "credentialSubject.hasClaim is missing";
        }
        for (var required : List.of("issued", "validFrom")) {
            if (!credential.path(required).isString()) {
                return required + " is missing";
            }
        }
        if (!credential.path("proof").isObject()
                || !JwsProofs.PROOF_TYPE.equals(
                        credential.path("proof").path("type").asString(""))) {
            return "proof must be a " + JwsProofs.PROOF_TYPE;
        }
        return null;
    }

    private static Verification failed(String id, String issuer, List<Check> checks, String check, String reason) {
        return new Verification(
                false, id, issuer, "unknown", null, null, check + ": " + reason, withFailure(checks, check, reason));
    }

    private static List<Check> withFailure(List<Check> checks, String check, String reason) {
        var all = new ArrayList<>(checks);
        all.add(new Check(check, false, reason));
        return List.copyOf(all);
    }
}
