package org.ecvetledger.app.credential;

import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import org.ecvetledger.domain.shared.InstitutionId;

/**
 * Signs for an issuing institution: the plug-in point for sealing. The ledger's own keystore
 * implements it ({@link LedgerKeystore}); a qualified eIDAS sealing service (a remote QSCD behind
 * an API) can replace it without touching export, status or verification (decision (j)7, ADR 0012).
 */
interface CredentialSigner {

    /** The key that signs for the issuer now, created on first use where the signer can. */
    String keyId(InstitutionId issuer);

    /** A detached JWS ({@code header..signature}) over {@code payload} with the issuer's key {@code keyId}. */
    String sign(InstitutionId issuer, String keyId, byte[] payload);

    /** A public key by its id, for verification; empty when unknown. */
    Optional<PublicKey> publicKey(String keyId);

    /** Every public key to publish, for the JWKS endpoint. */
    List<PublishedKey> publishedKeys();

    record PublishedKey(String keyId, InstitutionId issuer, PublicKey key) {}
}
