package org.ecvetledger.projections.credentialstatus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.ecvetledger.domain.credential.CredentialId;
import org.ecvetledger.domain.credential.CredentialIssued;
import org.ecvetledger.domain.credential.CredentialRevoked;
import org.ecvetledger.domain.credential.RevocationReason;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds every credential's status, and so the issuers' status lists, from credential events; idempotent by sequence. */
@ProcessingGroup(CredentialStatusProjector.PROCESSING_GROUP)
public class CredentialStatusProjector {

    public static final String PROCESSING_GROUP = "credential-status";

    private final JdbcTemplate jdbc;

    public CredentialStatusProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CredentialIssued event, @SequenceNumber long sequence) {
        jdbc.update(
                """
                insert into rm_credential_status (credential_id, issuer, status_list_index, learner_id, content_hash,
                    key_id, supersedes, issued_on, last_sequence)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (credential_id) do nothing
                """,
                event.credentialId().value(),
                event.issuer().value(),
                event.statusListIndex(),
                event.learner().value(),
                event.contentHash(),
                event.keyId(),
                event.supersedes() == null ? null : event.supersedes().value(),
                event.effectiveDate(),
                sequence);
        for (var stated : event.states()) {
            jdbc.update(
                    """
                    insert into rm_credential_statement (credential_id, learner_id, qualification_id, unit_ref)
                    values (?, ?, ?, ?) on conflict do nothing
                    """,
                    event.credentialId().value(),
                    event.learner().value(),
                    stated.qualification().value(),
                    stated.unit() == null ? "" : stated.unit().toString());
        }
    }

    @EventHandler
    void on(CredentialRevoked event, @SequenceNumber long sequence) {
        jdbc.update(
                """
                update rm_credential_status set revoked = true, revocation_reason = ?, revoked_on = ?,
                    superseded_by = ?, last_sequence = ?
                where credential_id = ? and last_sequence < ?
                """,
                event.reason().name(),
                event.effectiveDate(),
                event.supersededBy() == null ? null : event.supersededBy().value(),
                sequence,
                event.credentialId().value(),
                sequence);
    }

    @ResetHandler
    void reset() {
        // one truncate of exactly the tables this group writes (ADR 0011): ReadModelTablesTest reads it
        jdbc.update("truncate table rm_credential_statement, rm_credential_status");
    }

    @QueryHandler
    Optional<CredentialStatusView> handle(GetCredentialStatus query) {
        return jdbc
                .query(
                        "select * from rm_credential_status where credential_id = ?",
                        (row, n) -> view(row),
                        query.credentialId().value())
                .stream()
                .findFirst();
    }

    @QueryHandler
    Optional<StatusListView> handle(GetStatusList query) {
        var highest = jdbc.queryForObject(
                "select max(status_list_index) from rm_credential_status where issuer = ?",
                Long.class,
                query.issuer().value());
        if (highest == null) {
            return Optional.empty();
        }
        var revoked = jdbc.queryForList(
                "select status_list_index from rm_credential_status where issuer = ? and revoked "
                        + "order by status_list_index",
                Long.class,
                query.issuer().value());
        return Optional.of(new StatusListView(query.issuer(), highest, revoked));
    }

    @QueryHandler
    List<CredentialStatusView> handle(FindCredentialsStating query) {
        return jdbc.query(
                """
                select s.* from rm_credential_status s
                join rm_credential_statement t on t.credential_id = s.credential_id
                where t.learner_id = ? and t.qualification_id = ? and t.unit_ref = ? and not s.revoked
                order by s.status_list_index
                """,
                (row, n) -> view(row),
                query.learner().value(),
                query.qualification().value(),
                query.unit() == null ? "" : query.unit().toString());
    }

    private static CredentialStatusView view(ResultSet row) throws SQLException {
        var reason = row.getString("revocation_reason");
        return new CredentialStatusView(
                new CredentialId(row.getObject("credential_id", UUID.class)),
                new InstitutionId(row.getString("issuer")),
                row.getLong("status_list_index"),
                new LearnerId(row.getObject("learner_id", UUID.class)),
                row.getString("content_hash"),
                row.getString("key_id"),
                row.getObject("issued_on", LocalDate.class),
                row.getBoolean("revoked"),
                reason == null ? null : RevocationReason.valueOf(reason),
                row.getObject("revoked_on", LocalDate.class),
                credential(row.getObject("supersedes", UUID.class)),
                credential(row.getObject("superseded_by", UUID.class)));
    }

    private static CredentialId credential(UUID value) {
        return value == null ? null : new CredentialId(value);
    }
}
