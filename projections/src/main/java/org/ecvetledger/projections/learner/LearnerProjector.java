package org.ecvetledger.projections.learner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.ecvetledger.domain.learner.LearnerRegistered;
import org.ecvetledger.domain.learner.PersonalDataProtection;
import org.ecvetledger.domain.learner.SealedPersonalData;
import org.ecvetledger.domain.shared.LearnerId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds the learner view from learner events. Idempotent: each row remembers the aggregate
 * sequence it reflects, so a redelivered or replayed event never moves a row backwards.
 */
@ProcessingGroup(LearnerProjector.PROCESSING_GROUP)
public class LearnerProjector {

    public static final String PROCESSING_GROUP = "learner-view";

    private final JdbcTemplate jdbc;
    private final PersonalDataProtection protection;

    public LearnerProjector(JdbcTemplate jdbc, PersonalDataProtection protection) {
        this.jdbc = jdbc;
        this.protection = protection;
    }

    @EventHandler
    void on(LearnerRegistered event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        var sealed = event.personalData();
        jdbc.update(
                """
                insert into rm_learner_view (learner_id, pd_key_id, pd_cipher, pd_ciphertext, registered_at, last_sequence)
                values (?, ?, ?, ?, ?, ?)
                on conflict (learner_id) do update set
                    pd_key_id = excluded.pd_key_id, pd_cipher = excluded.pd_cipher,
                    pd_ciphertext = excluded.pd_ciphertext, registered_at = excluded.registered_at,
                    last_sequence = excluded.last_sequence
                where rm_learner_view.last_sequence < excluded.last_sequence
                """,
                event.learnerId().value(),
                sealed.keyId(),
                sealed.cipher(),
                sealed.ciphertext(),
                recordedAt.atOffset(ZoneOffset.UTC),
                sequence);
    }

    /** Personal data is opened here, for the answer only; the table keeps it sealed. */
    @QueryHandler
    Optional<LearnerView> handle(FindLearner query) {
        return jdbc.query("""
                select learner_id, pd_key_id, pd_cipher, pd_ciphertext, registered_at
                from rm_learner_view where learner_id = ?
                """, this::toView, query.learnerId().value()).stream().findFirst();
    }

    @ResetHandler
    void reset() {
        jdbc.update("truncate table rm_learner_view");
    }

    private LearnerView toView(ResultSet row, int rowNumber) throws SQLException {
        var learnerId = new LearnerId(row.getObject("learner_id", UUID.class));
        var sealed = new SealedPersonalData(
                row.getString("pd_key_id"), row.getString("pd_cipher"), row.getString("pd_ciphertext"));
        var personalData = protection.open(learnerId, sealed).orElse(null);
        return new LearnerView(
                learnerId,
                personalData,
                personalData == null,
                row.getObject("registered_at", OffsetDateTime.class).toInstant());
    }
}
