package org.ecvetledger.app.credential;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.ecvetledger.domain.credential.RevocationReason;
import org.ecvetledger.domain.learner.LearnerPersonalDataErased;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * S39, decision (j)6: once the learner's personal data is erased, every credential of theirs still in
 * force is revoked ({@code WITHDRAWN_ON_ERASURE}) and the ledger's stored copies of the signed
 * documents, which hold the learner's name and date of birth in clear, are deleted. The events stay
 * as they were: {@code CredentialIssued} holds only the learner id and the content hash, so status
 * and verification of a copy the learner keeps still work (ADR 0012 §10). Reliable and idempotent
 * like the other revocation policies: a second delivery finds nothing in force and nothing to delete.
 */
@Component
@ProcessingGroup(CredentialRevocations.PROCESSING_GROUP)
class WhenPersonalDataErasedThenRevokeCredentials {

    private final CredentialLookups credentials;
    private final CredentialRevocations revocations;
    private final JdbcTemplate jdbc;

    WhenPersonalDataErasedThenRevokeCredentials(
            CredentialLookups credentials, CredentialRevocations revocations, JdbcTemplate jdbc) {
        this.credentials = credentials;
        this.revocations = revocations;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(LearnerPersonalDataErased event) {
        revocations.revoke(
                credentials.inForce(event.learnerId()),
                RevocationReason.WITHDRAWN_ON_ERASURE,
                "the learner's personal data was erased at their request",
                event.erasedBy(),
                event.effectiveDate());
        jdbc.update(
                "delete from credential_document where credential_id in "
                        + "(select credential_id from wl_credential where learner_id = ?)",
                event.learnerId().value());
    }
}
