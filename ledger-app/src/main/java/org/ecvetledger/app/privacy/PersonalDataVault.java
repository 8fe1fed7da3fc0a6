package org.ecvetledger.app.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.ecvetledger.app.eventstore.TimeOrderedIdentifierFactory;
import org.ecvetledger.domain.learner.PersonalData;
import org.ecvetledger.domain.learner.PersonalDataProtection;
import org.ecvetledger.domain.learner.PersonalDataShredding;
import org.ecvetledger.domain.learner.SealedPersonalData;
import org.ecvetledger.domain.shared.LearnerId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Crypto-shredding (decision (j)6, ADR 0003): each learner's personal data is encrypted with
 * AES-256-GCM under a key of that learner's own, kept in {@code pd_learner_key} outside the event
 * store. The ciphertext is bound to the learner id (associated data), so it cannot be moved to
 * another learner. Shredding destroys the key; every copy of the data then stays unreadable.
 *
 * <p>Sealing runs inside the command's transaction, so the key row and the event commit together.
 */
@Component
public class PersonalDataVault implements PersonalDataProtection, PersonalDataShredding {

    static final String CIPHER = "AES-256-GCM";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    PersonalDataVault(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SealedPersonalData seal(LearnerId learnerId, PersonalData personalData) {
        var key = keyOf(learnerId).orElseGet(() -> createKey(learnerId));
        try {
            var nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(learnerId));
            var encrypted = cipher.doFinal(json.writeValueAsBytes(new PlainPersonalData(personalData)));
            var sealed = ByteBuffer.allocate(nonce.length + encrypted.length)
                    .put(nonce)
                    .put(encrypted)
                    .array();
            return new SealedPersonalData(key.id(), CIPHER, Base64.getEncoder().encodeToString(sealed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable on this JVM", e);
        }
    }

    @Override
    public Optional<PersonalData> open(LearnerId learnerId, SealedPersonalData sealed) {
        if (!CIPHER.equals(sealed.cipher())) {
            throw new IllegalArgumentException("unknown cipher " + sealed.cipher());
        }
        return keyById(sealed.keyId()).map(key -> {
            try {
                var bytes = Base64.getDecoder().decode(sealed.ciphertext());
                var cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
                cipher.updateAAD(associatedData(learnerId));
                var plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
                return json.readValue(plain, PlainPersonalData.class).toPersonalData();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("personal data of learner " + learnerId + " failed authentication", e);
            }
        });
    }

    /** Destroys the learner's key: their personal data becomes unreadable everywhere, for good. */
    @Override
    public void shred(LearnerId learnerId) {
        jdbc.update(
                "update pd_learner_key set data_key = null, shredded_at = now() where learner_id = ? and data_key is not null",
                learnerId.value());
    }

    private Optional<DataKey> keyOf(LearnerId learnerId) {
        return jdbc
                .query(
                        "select key_id, data_key from pd_learner_key where learner_id = ?",
                        (row, n) -> new DataKey(row.getString("key_id"), row.getBytes("data_key")),
                        learnerId.value())
                .stream()
                .findFirst()
                .map(key -> {
                    if (key.material() == null) {
                        throw new PersonalDataErased(learnerId);
                    }
                    return key;
                });
    }

    private Optional<DataKey> keyById(String keyId) {
        return jdbc
                .query(
                        "select key_id, data_key from pd_learner_key where key_id = ? and data_key is not null",
                        (row, n) -> new DataKey(row.getString("key_id"), row.getBytes("data_key")),
                        keyId)
                .stream()
                .findFirst();
    }

    private DataKey createKey(LearnerId learnerId) {
        try {
            var generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            var key = new DataKey(
                    TimeOrderedIdentifierFactory.next().toString(),
                    generator.generateKey().getEncoded());
            // A concurrent first seal for the same learner keeps the key that won; both then use it.
            jdbc.update(
                    "insert into pd_learner_key (key_id, learner_id, data_key) values (?, ?, ?) on conflict (learner_id) do nothing",
                    key.id(),
                    learnerId.value(),
                    key.material());
            return keyOf(learnerId).orElseThrow();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES key generation is unavailable on this JVM", e);
        }
    }

    private static byte[] associatedData(LearnerId learnerId) {
        return learnerId.toString().getBytes(StandardCharsets.UTF_8);
    }

    private record DataKey(String id, byte[] material) {
        SecretKey secret() {
            return new SecretKeySpec(material, "AES");
        }
    }

    /** The plaintext layout inside the ciphertext; versioned by its field names. */
    private record PlainPersonalData(String givenName, String familyName, String dateOfBirth) {
        PlainPersonalData(PersonalData data) {
            this(data.givenName(), data.familyName(), data.dateOfBirth().toString());
        }

        PersonalData toPersonalData() {
            return new PersonalData(givenName, familyName, java.time.LocalDate.parse(dateOfBirth));
        }
    }
}
