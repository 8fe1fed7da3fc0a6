package org.ecvetledger.domain.credential;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.ecvetledger.domain.shared.InstitutionId;

/**
 * A European Digital Credential the ledger sealed for a learner (DOMAIN f1, decision (j)7): issued
 * once, revoked at most once; its status-list bit is a read model of these events.
 */
class Credential {

    @AggregateIdentifier
    private CredentialId credentialId;

    private InstitutionId issuer;
    private long statusListIndex;
    private boolean revoked;

    Credential() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    Credential(IssueCredential command, CredentialSealing sealing) {
        var issuer = command.issuedBy().institution();
        // S33: only a body that took the decisions the credential states may seal it
        if (!command.entitledIssuers().contains(issuer)) {
            throw new CredentialRuleViolation(
                    CredentialRuleViolation.NOT_THE_AWARDING_BODY,
                    issuer + " did not award or recognise what the credential states; entitled: "
                            + command.entitledIssuers(),
                    false);
        }
        var sealed = sealing.seal(command.credentialId(), issuer, command.unsignedCredential());
        apply(new CredentialIssued(
                command.credentialId(),
                issuer,
                command.learner(),
                sealed.statusListIndex(),
                sealed.contentHash(),
                sealed.keyId(),
                command.states(),
                command.supersedes(),
                command.issuedBy(),
                command.effectiveDate()));
    }

    @CommandHandler
    void handle(RevokeCredential command) {
        if (!command.revokedBy().institution().equals(issuer)) {
            throw new CredentialRuleViolation(
                    CredentialRuleViolation.NOT_THE_ISSUER,
                    "only the issuer " + issuer + " revokes credential " + credentialId,
                    false);
        }
        if (revoked) {
            throw new CredentialRuleViolation(
                    CredentialRuleViolation.ALREADY_REVOKED,
                    "credential " + credentialId + " is already revoked",
                    true);
        }
        if (command.reason() == RevocationReason.SUPERSEDED && command.supersededBy() == null) {
            throw new CredentialRuleViolation(
                    CredentialRuleViolation.SUPERSEDING_CREDENTIAL_MISSING,
                    "a superseded credential names the credential that replaces it",
                    false);
        }
        apply(new CredentialRevoked(
                credentialId,
                issuer,
                statusListIndex,
                command.reason(),
                command.explanation(),
                command.reason() == RevocationReason.SUPERSEDED ? command.supersededBy() : null,
                command.revokedBy(),
                command.effectiveDate()));
    }

    @EventSourcingHandler
    void on(CredentialIssued event) {
        this.credentialId = event.credentialId();
        this.issuer = event.issuer();
        this.statusListIndex = event.statusListIndex();
    }

    @EventSourcingHandler
    void on(CredentialRevoked event) {
        this.revoked = true;
    }
}
