package org.ecvetledger.app.credential;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A detached JWS with an unencoded payload (RFC 7515 appendix F, RFC 7797 {@code b64:false}) over
 * the RFC 8785 canonical form of a credential without its {@code proof}, signed with Ed25519
 * ({@code alg: EdDSA}, RFC 8037).
 */
final class JwsProofs {

    static final String PROOF_TYPE = "JsonWebSignature2020";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getUrlDecoder();

    private JwsProofs() {}

    /** The key's address in the JWKS: the key id is the fragment, percent-encoded (it holds a '#' itself). */
    static String verificationMethod(String baseUrl, String keyId) {
        return baseUrl + "/.well-known/jwks.json#" + URLEncoder.encode(keyId, StandardCharsets.UTF_8);
    }

    /** The credential without its proof, canonical: what is signed and what the content hash covers. */
    static byte[] signedBytes(JsonNode credential) {
        var copy = ((ObjectNode) credential).deepCopy();
        copy.remove("proof");
        return Jcs.canonicalBytes(copy);
    }

    static String protectedHeader(String keyId) {
        var header = JSON.createObjectNode();
        header.put("alg", "EdDSA");
        header.put("b64", false);
        header.set("crit", JSON.createArrayNode().add("b64"));
        header.put("kid", keyId);
        return B64.encodeToString(Jcs.canonicalBytes(header));
    }

    /** {@code <header>..<signature>}: the compact JWS with its payload left out. */
    static String sign(byte[] payload, String keyId, PrivateKey key) {
        var header = protectedHeader(keyId);
        try {
            var signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(signingInput(header, payload));
            return header + ".." + B64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing is unavailable", e);
        }
    }

    /** The {@code kid} of a detached JWS's protected header; throws {@link InvalidJws} when it is not one of ours. */
    static String keyId(String jws) {
        var header = header(jws);
        if (!"EdDSA".equals(header.path("alg").asString(""))) {
            throw new InvalidJws("the JWS algorithm is not EdDSA");
        }
        if (!header.path("b64").isBoolean() || header.path("b64").booleanValue()) {
            throw new InvalidJws("the JWS does not declare an unencoded payload (b64: false)");
        }
        var kid = header.path("kid").asString("");
        if (kid.isEmpty()) {
            throw new InvalidJws("the JWS names no key (kid)");
        }
        return kid;
    }

    static boolean verify(String jws, byte[] payload, PublicKey key) {
        var parts = jws.split("\\.", -1);
        if (parts.length != 3 || !parts[1].isEmpty()) {
            throw new InvalidJws("the proof is not a detached JWS (header..signature)");
        }
        try {
            var signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(signingInput(parts[0], payload));
            return signature.verify(B64_DECODER.decode(parts[2]));
        } catch (IllegalArgumentException e) {
            throw new InvalidJws("the JWS signature is not base64url");
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static JsonNode header(String jws) {
        var parts = jws == null ? new String[0] : jws.split("\\.", -1);
        if (parts.length != 3 || !parts[1].isEmpty()) {
            throw new InvalidJws("the proof is not a detached JWS (header..signature)");
        }
        try {
            return JSON.readTree(new String(B64_DECODER.decode(parts[0]), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new InvalidJws("the JWS header is not base64url JSON");
        }
    }

    private static byte[] signingInput(String header, byte[] payload) {
        var prefix = (header + ".").getBytes(StandardCharsets.US_ASCII);
        var input = new byte[prefix.length + payload.length];
        System.arraycopy(prefix, 0, input, 0, prefix.length);
        System.arraycopy(payload, 0, input, prefix.length, payload.length);
        return input;
    }

    /** A proof that is not a JWS of the shape the ledger issues. */
    static final class InvalidJws extends RuntimeException {
        InvalidJws(String message) {
            super(message);
        }
    }
}
