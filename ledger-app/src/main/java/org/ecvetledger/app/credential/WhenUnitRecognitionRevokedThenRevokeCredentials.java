package org.ecvetledger.app.credential;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.ecvetledger.domain.accumulation.UnitRecognitionRevoked;
import org.springframework.stereotype.Component;

/**
 * S11, S13: a credential stating a recognition that was revoked no longer holds (DOMAIN c7). Every
 * credential in force stating it — the unit's, and the award's, which states its units — is revoked
 * with the reason category the revocation gives ({@link RevocationReasons}). Reliable and idempotent
 * like the assessment cascade (ADR 0010): the revocations and the processor's token commit together,
 * and a revoked credential is no longer found.
 */
@Component
@ProcessingGroup(CredentialRevocations.PROCESSING_GROUP)
class WhenUnitRecognitionRevokedThenRevokeCredentials {

    private final CredentialLookups credentials;
    private final CredentialRevocations revocations;

    WhenUnitRecognitionRevokedThenRevokeCredentials(CredentialLookups credentials, CredentialRevocations revocations) {
        this.credentials = credentials;
        this.revocations = revocations;
    }

    @EventHandler
    void on(UnitRecognitionRevoked event) {
        var stating =
                credentials.stating(event.pathway().learner(), event.pathway().qualification(), event.unit());
        revocations.revoke(
                stating,
                RevocationReasons.of(event),
                (event.partOfUnit() ? "the recognition of part of " : "the recognition of ") + event.unit()
                        + " towards " + event.standard().id() + " was revoked"
                        + (event.appeal() != null ? " on appeal " + event.appeal() : "") + ": " + event.reason(),
                event.revokedBy(),
                event.effectiveDate());
    }
}
