package org.ecvetledger.domain.credential;

import org.ecvetledger.domain.shared.InstitutionId;

/**
 * Port to the issuing institution's seal: places the credential on the issuer's status list, signs it
 * with the issuer's key and keeps the signed document, in the command's transaction. The ledger's
 * own keystore implements it today; a qualified eIDAS sealing service can later (decision (j)7).
 */
public interface CredentialSealing {

    /**
     * Seals an unsigned credential for its issuer.
     *
     * @param unsignedCredential the credential's JSON-LD, without status and proof
     */
    SealedCredential seal(CredentialId credentialId, InstitutionId issuer, String unsignedCredential);

    /**
     * What sealing produced.
     *
     * @param statusListIndex the credential's bit on its issuer's status list
     * @param contentHash     {@code sha-256:<hex>} of the signed credential's canonical form (RFC 8785)
     * @param keyId           the issuer key that signed it
     */
    record SealedCredential(long statusListIndex, String contentHash, String keyId) {}
}
