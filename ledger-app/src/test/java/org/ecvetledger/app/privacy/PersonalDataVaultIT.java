package org.ecvetledger.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.domain.learner.PersonalData;
import org.ecvetledger.domain.shared.LearnerId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Crypto-shredding, decision (j)6: sealed under a per-learner key, erased by destroying that key. */
@LedgerIT
class PersonalDataVaultIT {

    @Autowired
    PersonalDataVault vault;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Environment environment;

    private final PersonalData amelie = new PersonalData("Amélie", "Dupont", LocalDate.of(2006, 3, 14));

    @Test
    void sealed_data_opens_with_the_learners_key_and_holds_nothing_in_clear() {
        var learnerId = aLearnerId();
        var sealed = transactions.execute(status -> vault.seal(learnerId, amelie));

        assertThat(sealed.cipher()).isEqualTo("AES-256-GCM");
        assertThat(new String(Base64.getDecoder().decode(sealed.ciphertext()), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("Dupont");
        assertThat(vault.open(learnerId, sealed)).contains(amelie);
    }

    @Test
    void each_learner_has_one_key_of_their_own() {
        var first = aLearnerId();
        var second = aLearnerId();
        var a = transactions.execute(status -> vault.seal(first, amelie));
        var b = transactions.execute(status -> vault.seal(first, amelie));
        var c = transactions.execute(status -> vault.seal(second, amelie));

        assertThat(a.keyId()).isEqualTo(b.keyId()).isNotEqualTo(c.keyId());
        assertThat(a.ciphertext()).isNotEqualTo(b.ciphertext());
    }

    @Test
    void data_sealed_for_one_learner_cannot_be_passed_off_as_another_learners() {
        var owner = aLearnerId();
        var sealed = transactions.execute(status -> vault.seal(owner, amelie));

        assertThatThrownBy(() -> vault.open(aLearnerId(), sealed)).hasMessageContaining("failed authentication");
    }

    @Test
    void shredding_the_key_erases_the_personal_data_but_keeps_the_learner() {
        var http = new LedgerHttp(environment);
        var learnerId = http.post("/api/learners", """
                {"givenName": "Jonas", "familyName": "Petrauskas", "dateOfBirth": "2000-05-05"}""").json().get("learnerId").asString();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> http.get("/api/learners/" + learnerId).status() == 200);

        vault.shred(LearnerId.of(learnerId));

        var learner = http.get("/api/learners/" + learnerId).json();
        assertThat(learner.get("learnerId").asString()).isEqualTo(learnerId);
        assertThat(learner.get("personalDataErased").asBoolean()).isTrue();
        assertThat(learner.get("givenName").isNull()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_log where aggregate_id = ?", Integer.class, learnerId))
                .isEqualTo(1);
        assertThatThrownBy(() -> transactions.execute(status -> vault.seal(LearnerId.of(learnerId), amelie)))
                .isInstanceOf(PersonalDataErased.class);
    }

    private static LearnerId aLearnerId() {
        return new LearnerId(UUID.randomUUID());
    }
}
