package org.ecvetledger.domain.learner;

import java.util.Objects;

/**
 * Personal data encrypted under the learner's own key, which lives outside the event store.
 * Destroying that key erases the data everywhere it was copied (crypto-shredding, decision (j)6).
 *
 * @param keyId      identifies the learner's data key in the key store
 * @param cipher     the algorithm, e.g. {@code AES-256-GCM}
 * @param ciphertext Base64 of the nonce followed by the encrypted, authenticated data
 */
public record SealedPersonalData(String keyId, String cipher, String ciphertext) {

    public SealedPersonalData {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(cipher, "cipher");
        Objects.requireNonNull(ciphertext, "ciphertext");
    }
}
