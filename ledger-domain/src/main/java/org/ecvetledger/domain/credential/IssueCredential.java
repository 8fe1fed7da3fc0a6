package org.ecvetledger.domain.credential;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;

/**
 * Seal and issue a credential on behalf of {@code issuedBy}'s institution.
 *
 * @param entitledIssuers    the institutions that took every decision the credential states (the
 *                           awarding body of its qualification, the recognising institution of its units)
 * @param states             the recognitions and awards the credential states
 * @param unsignedCredential the credential's JSON-LD, without status and proof
 * @param supersedes         the earlier credential this one replaces, or null
 */
public record IssueCredential(
        @TargetAggregateIdentifier CredentialId credentialId,
        LearnerId learner,
        List<InstitutionId> entitledIssuers,
        List<StatedDecision> states,
        String unsignedCredential,
        CredentialId supersedes,
        Actor issuedBy,
        LocalDate effectiveDate) {

    public IssueCredential {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(issuedBy, "issuedBy");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        if (unsignedCredential == null || unsignedCredential.isBlank()) {
            throw new IllegalArgumentException("a credential to seal is required");
        }
        entitledIssuers = entitledIssuers == null ? List.of() : List.copyOf(entitledIssuers);
        states = states == null ? List.of() : List.copyOf(states);
    }
}
