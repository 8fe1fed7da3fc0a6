package org.ecvetledger.domain.credential;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;

/** Revoke an issued credential for a reason verifiers are told; {@code supersededBy} only with {@link RevocationReason#SUPERSEDED}. */
public record RevokeCredential(
        @TargetAggregateIdentifier CredentialId credentialId,
        RevocationReason reason,
        String explanation,
        CredentialId supersededBy,
        Actor revokedBy,
        LocalDate effectiveDate) {

    public RevokeCredential {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(revokedBy, "revokedBy");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        explanation = explanation == null || explanation.isBlank() ? null : explanation.strip();
    }
}
