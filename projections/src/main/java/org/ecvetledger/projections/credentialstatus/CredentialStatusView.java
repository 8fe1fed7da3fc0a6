package org.ecvetledger.projections.credentialstatus;

import java.time.LocalDate;
import org.ecvetledger.domain.credential.CredentialId;
import org.ecvetledger.domain.credential.RevocationReason;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;

/**
 * The status of one issued credential.
 *
 * @param revocationReason null while the credential holds
 * @param supersedes       the earlier credential this one replaces, or null
 * @param supersededBy     the credential that replaced this one, or null
 */
public record CredentialStatusView(
        CredentialId credentialId,
        InstitutionId issuer,
        long statusListIndex,
        LearnerId learner,
        String contentHash,
        String keyId,
        LocalDate issuedOn,
        boolean revoked,
        RevocationReason revocationReason,
        LocalDate revokedOn,
        CredentialId supersedes,
        CredentialId supersededBy) {}
