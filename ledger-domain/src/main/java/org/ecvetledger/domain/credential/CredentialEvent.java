package org.ecvetledger.domain.credential;

/** Every event of the {@link Credential} aggregate. */
public sealed interface CredentialEvent permits CredentialIssued, CredentialRevoked {
    CredentialId credentialId();
}
