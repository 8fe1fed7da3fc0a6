package org.ecvetledger.app.credential;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.ecvetledger.domain.credential.CredentialId;
import org.ecvetledger.domain.credential.RevocationReason;
import org.ecvetledger.domain.credential.RevokeCredential;
import org.ecvetledger.domain.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Revokes credentials in force, each once, on behalf of its issuer (only the issuer revokes, ADR
 * 0012), inside the transaction of whatever made them fall: a policy's batch or an erasure.
 */
@Component
class CredentialRevocations {

    /** The processing group of the policies that revoke credentials with their decisions (ADR 0012 §9). */
    static final String PROCESSING_GROUP = "credential-revocation";

    private static final String REVOKED_IN_THIS_TRANSACTION = CredentialRevocations.class.getName() + ".revoked";

    private final CommandGateway commands;

    CredentialRevocations(CommandGateway commands) {
        this.commands = commands;
    }

    /**
     * {@code because} is who took the decision that made them fall; the credential's issuer is the
     * actor, as the policy acts for it. Events of one batch reach {@link CredentialLookups} only when
     * the batch commits, so credentials revoked earlier in the same unit of work are remembered here
     * (an award credential states both the revoked unit and the revoked award).
     */
    void revoke(
            List<CredentialLookups.ActiveCredential> credentials,
            RevocationReason reason,
            String explanation,
            Actor because,
            LocalDate effectiveDate) {
        var done = revokedInThisUnitOfWork();
        for (var credential : credentials) {
            if (!done.add(credential.credentialId())) {
                continue;
            }
            commands.sendAndWait(new RevokeCredential(
                    credential.credentialId(),
                    reason,
                    explanation,
                    null,
                    new Actor(
                            credential.issuer(),
                            "ledger on behalf of " + credential.issuer() + ", after " + because.person() + " ("
                                    + because.institution() + ")"),
                    effectiveDate));
        }
    }

    private static Set<CredentialId> revokedInThisUnitOfWork() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new HashSet<>();
        }
        return CurrentUnitOfWork.get().root().getOrComputeResource(REVOKED_IN_THIS_TRANSACTION, key -> new HashSet<>());
    }
}
