package org.ecvetledger.app.credential;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ecvetledger.domain.credential.CredentialId;
import org.ecvetledger.domain.credential.StatedDecision;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;

/** The credential feature's queries, answered inside ledger-app (they read keys, documents and the ELM mapping). */
final class CredentialQueries {

    private CredentialQueries() {}

    /**
     * Asks for the learner's credential as it would be issued now; empty for an unknown learner.
     *
     * @param issuer the institution that will seal it, or null for a preview (the first entitled one)
     * @param issued the sealing time, or null for an unsigned preview
     */
    record GetCredentialDraft(
            CredentialId credentialId,
            LearnerId learner,
            CredentialSelection selection,
            InstitutionId issuer,
            Instant issued,
            LocalDate validFrom) {}

    /** The unsigned credential, who may seal it, the decisions it states and how many claims it makes. */
    record CredentialDraft(
            String credential, List<InstitutionId> entitledIssuers, List<StatedDecision> states, int claims) {}

    /** Asks for a signed credential as it was sealed; empty when the ledger issued none with that id. */
    record GetSignedCredential(CredentialId credentialId) {}

    /** Asks the ledger to verify a credential document (signature, issuer key, format, status). */
    record GetCredentialVerification(String document) {}

    /** Asks for the issuers' public keys as a JWKS (RFC 7517). */
    record GetPublishedKeys() {}

    /** Asks for an issuer's signed Bitstring Status List credential; empty when it issued none. */
    record GetStatusListCredential(InstitutionId issuer) {}
}
