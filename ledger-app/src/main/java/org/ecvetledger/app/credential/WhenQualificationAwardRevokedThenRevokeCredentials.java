package org.ecvetledger.app.credential;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.ecvetledger.domain.accumulation.QualificationAwardRevoked;
import org.springframework.stereotype.Component;

/**
 * S11: the credentials in force stating a revoked award are revoked with it, with the reason
 * category the revocation gives ({@link RevocationReasons}). Reliable and idempotent like {@link
 * WhenUnitRecognitionRevokedThenRevokeCredentials}.
 */
@Component
@ProcessingGroup(CredentialRevocations.PROCESSING_GROUP)
class WhenQualificationAwardRevokedThenRevokeCredentials {

    private final CredentialLookups credentials;
    private final CredentialRevocations revocations;

    WhenQualificationAwardRevokedThenRevokeCredentials(
            CredentialLookups credentials, CredentialRevocations revocations) {
        this.credentials = credentials;
        this.revocations = revocations;
    }

    @EventHandler
    void on(QualificationAwardRevoked event) {
        var stating =
                credentials.stating(event.pathway().learner(), event.pathway().qualification(), null);
        revocations.revoke(
                stating,
                RevocationReasons.of(event),
                "the award of " + event.standard().id() + " (" + event.awardedOn() + ", " + event.awardedBy()
                        + ") was revoked: " + event.reason(),
                event.revokedBy(),
                event.effectiveDate());
    }
}
