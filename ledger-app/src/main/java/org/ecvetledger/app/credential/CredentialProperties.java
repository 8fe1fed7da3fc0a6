package org.ecvetledger.app.credential;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Credential settings (README, configuration).
 *
 * @param baseUrl          where verifiers reach this ledger: status lists and keys are published under it
 * @param keyEncryptionKey base64 of 32 bytes that seal the issuers' private keys; empty in the
 *                         embedded default, which keeps a generated one in the database (trials only)
 */
@ConfigurationProperties(prefix = "ledger.credentials")
record CredentialProperties(String baseUrl, String keyEncryptionKey) {

    CredentialProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip();
        if (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
    }
}
