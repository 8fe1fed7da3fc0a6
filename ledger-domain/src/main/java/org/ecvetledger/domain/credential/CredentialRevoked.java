package org.ecvetledger.domain.credential;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.MessageName;

/**
 * The issuer revoked the credential: its bit on the status list is set (DOMAIN c7). {@code supersededBy}
 * names the credential that replaces it when the reason is {@link RevocationReason#SUPERSEDED}, else null.
 */
@MessageName("CredentialRevoked")
@Revision("1")
public record CredentialRevoked(
        CredentialId credentialId,
        InstitutionId issuer,
        long statusListIndex,
        RevocationReason reason,
        String explanation,
        CredentialId supersededBy,
        Actor revokedBy,
        LocalDate effectiveDate)
        implements CredentialEvent {}
