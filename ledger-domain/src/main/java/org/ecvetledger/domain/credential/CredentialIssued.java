package org.ecvetledger.domain.credential;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.MessageName;

/**
 * The issuing institution sealed a European Digital Credential for the learner (DOMAIN c5 step 4, f1):
 * its bit {@code statusListIndex} on the issuer's status list is clear, {@code contentHash} fixes what
 * was signed, {@code states} the recognitions and awards it states (revoking one of them revokes it).
 * {@code supersedes} names the earlier credential it replaces, or is null.
 */
@MessageName("CredentialIssued")
@Revision("1")
public record CredentialIssued(
        CredentialId credentialId,
        InstitutionId issuer,
        LearnerId learner,
        long statusListIndex,
        String contentHash,
        String keyId,
        List<StatedDecision> states,
        CredentialId supersedes,
        Actor issuedBy,
        LocalDate effectiveDate)
        implements CredentialEvent {}
