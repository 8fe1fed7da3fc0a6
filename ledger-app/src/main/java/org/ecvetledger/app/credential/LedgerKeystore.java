package org.ecvetledger.app.credential;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.ecvetledger.domain.shared.InstitutionId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ledger's own keystore: one Ed25519 key per issuing institution in PostgreSQL, generated on
 * the institution's first credential, its private key sealed with AES-256-GCM under a key-encryption
 * key ({@code ledger.credentials.key-encryption-key}, or a generated one kept in the database in the
 * embedded default).
 */
@Component
class LedgerKeystore implements CredentialSigner {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerKeystore.class);
    private static final String ALGORITHM = "Ed25519";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcTemplate jdbc;
    private final CredentialProperties properties;
    private final SecureRandom random = new SecureRandom();
    private volatile SecretKey keyEncryptionKey;

    LedgerKeystore(JdbcTemplate jdbc, CredentialProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public String keyId(InstitutionId issuer) {
        var existing = jdbc.queryForList(
                "select key_id from credential_issuer_key where issuer = ?", String.class, issuer.value());
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        try {
            var pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            var keyId = issuer.value() + "#key-1";
            // two first credentials of one institution at once: the second keeps the first one's key
            jdbc.update(
                    """
                    insert into credential_issuer_key (key_id, issuer, algorithm, public_key, private_key)
                    values (?, ?, ?, ?, ?) on conflict do nothing
                    """,
                    keyId,
                    issuer.value(),
                    ALGORITHM,
                    pair.getPublic().getEncoded(),
                    seal(keyId, pair.getPrivate().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an Ed25519 key", e);
        }
        return jdbc.queryForObject(
                "select key_id from credential_issuer_key where issuer = ?", String.class, issuer.value());
    }

    @Override
    public String sign(InstitutionId issuer, String keyId, byte[] payload) {
        var sealed = jdbc.queryForObject(
                "select private_key from credential_issuer_key where key_id = ? and issuer = ?",
                byte[].class,
                keyId,
                issuer.value());
        return JwsProofs.sign(payload, keyId, privateKey(keyId, sealed));
    }

    @Override
    public Optional<PublicKey> publicKey(String keyId) {
        return jdbc
                .queryForList("select public_key from credential_issuer_key where key_id = ?", byte[].class, keyId)
                .stream()
                .findFirst()
                .map(LedgerKeystore::publicKey);
    }

    @Override
    public List<PublishedKey> publishedKeys() {
        return jdbc.query(
                "select key_id, issuer, public_key from credential_issuer_key order by issuer",
                (row, n) -> new PublishedKey(
                        row.getString("key_id"),
                        new InstitutionId(row.getString("issuer")),
                        publicKey(row.getBytes("public_key"))));
    }

    private static PublicKey publicKey(byte[] encoded) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored public key is not Ed25519", e);
        }
    }

    private PrivateKey privateKey(String keyId, byte[] sealed) {
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE, keyEncryptionKey(), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            var pkcs8 = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open the private key " + keyId + ": wrong key-encryption key?", e);
        }
    }

    private byte[] seal(String keyId, byte[] pkcs8) throws GeneralSecurityException {
        var nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, keyEncryptionKey(), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
        var ciphertext = cipher.doFinal(pkcs8);
        var sealed = new byte[NONCE_BYTES + ciphertext.length];
        System.arraycopy(nonce, 0, sealed, 0, NONCE_BYTES);
        System.arraycopy(ciphertext, 0, sealed, NONCE_BYTES, ciphertext.length);
        return sealed;
    }

    private SecretKey keyEncryptionKey() {
        var key = keyEncryptionKey;
        if (key != null) {
            return key;
        }
        var configured = properties.keyEncryptionKey();
        if (configured != null && !configured.isBlank()) {
            var material = Base64.getDecoder().decode(configured.strip());
            if (material.length != 32) {
                throw new IllegalStateException("ledger.credentials.key-encryption-key must be base64 of 32 bytes");
            }
            key = new SecretKeySpec(material, "AES");
            keyEncryptionKey = key;
            return key;
        }
        // Not cached: the row may belong to a transaction that still rolls back, with the keys it sealed.
        var generated = new byte[32];
        random.nextBytes(generated);
        if (jdbc.update(
                        "insert into credential_key_encryption_key (id, material) values (1, ?) on conflict do nothing",
                        generated)
                == 1) {
            LOG.warn("Issuer keys are sealed with a key kept in the same database (embedded default): "
                    + "configure LEDGER_CREDENTIAL_KEK in production (ADR 0012)");
        }
        return new SecretKeySpec(
                jdbc.queryForObject("select material from credential_key_encryption_key where id = 1", byte[].class),
                "AES");
    }
}
