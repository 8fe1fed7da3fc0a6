package org.ecvetledger.projections.credentialstatus;

import java.util.Objects;
import org.ecvetledger.domain.credential.CredentialId;

/** Asks for one credential's status; empty when the ledger issued no such credential. */
public record GetCredentialStatus(CredentialId credentialId) {

    public GetCredentialStatus {
        Objects.requireNonNull(credentialId, "credentialId");
    }
}
