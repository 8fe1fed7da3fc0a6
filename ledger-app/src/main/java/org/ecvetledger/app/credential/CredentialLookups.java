package org.ecvetledger.app.credential;

import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.ecvetledger.domain.credential.CredentialId;
import org.ecvetledger.domain.credential.CredentialIssued;
import org.ecvetledger.domain.credential.CredentialRevoked;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The credentials still in force and the decisions each states, kept in the transaction that
 * appends the credential's events (subscribing processor, ADR 0004's approach). The revocation
 * policies read this, not the {@code credential-status} read model: a read model may lag, and a
 * credential issued just before its decision was revoked must not be missed (ADR 0012 §9).
 */
@Component
@ProcessingGroup(CredentialLookups.PROCESSING_GROUP)
class CredentialLookups {

    static final String PROCESSING_GROUP = "credential-lookups";

    /** A credential in force, and the institution that alone may revoke it. */
    record ActiveCredential(CredentialId credentialId, InstitutionId issuer) {}

    private final JdbcTemplate jdbc;

    CredentialLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CredentialIssued event) {
        jdbc.update(
                "insert into wl_credential (credential_id, issuer, learner_id) values (?, ?, ?) on conflict do nothing",
                event.credentialId().value(),
                event.issuer().value(),
                event.learner().value());
        for (var stated : event.states()) {
            jdbc.update(
                    """
                    insert into wl_credential_statement (credential_id, learner_id, qualification_id, unit_ref)
                    values (?, ?, ?, ?) on conflict do nothing
                    """,
                    event.credentialId().value(),
                    event.learner().value(),
                    stated.qualification().value(),
                    stated.unit() == null ? "" : stated.unit().toString());
        }
    }

    @EventHandler
    void on(CredentialRevoked event) {
        jdbc.update(
                "update wl_credential set revoked = true where credential_id = ?",
                event.credentialId().value());
    }

    /**
     * The learner's credentials in force that state the recognition of {@code unit} towards the
     * qualification, or with no unit its award. Rows are locked: a revocation by hand and one by a
     * policy serialise on them.
     */
    List<ActiveCredential> stating(LearnerId learner, QualificationId qualification, UnitRef unit) {
        return jdbc.query(
                """
                select c.credential_id, c.issuer from wl_credential c
                join wl_credential_statement s on s.credential_id = c.credential_id
                where s.learner_id = ? and s.qualification_id = ? and s.unit_ref = ? and not c.revoked
                order by c.credential_id
                for update of c
                """,
                (row, n) -> new ActiveCredential(
                        new CredentialId(row.getObject("credential_id", UUID.class)),
                        new InstitutionId(row.getString("issuer"))),
                learner.value(),
                qualification.value(),
                unit == null ? "" : unit.toString());
    }

    /** Every credential of the learner still in force. */
    List<ActiveCredential> inForce(LearnerId learner) {
        return jdbc.query(
                "select credential_id, issuer from wl_credential where learner_id = ? and not revoked "
                        + "order by credential_id for update",
                (row, n) -> new ActiveCredential(
                        new CredentialId(row.getObject("credential_id", UUID.class)),
                        new InstitutionId(row.getString("issuer"))),
                learner.value());
    }
}
