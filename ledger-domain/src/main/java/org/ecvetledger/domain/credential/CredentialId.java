package org.ecvetledger.domain.credential;

import java.util.Objects;
import java.util.UUID;

/** Identifier of an issued credential; its text form {@code urn:credential:<uuid>} is the credential's JSON-LD id. */
public record CredentialId(UUID value) {

    private static final String PREFIX = "urn:credential:";

    public CredentialId {
        Objects.requireNonNull(value, "credential id");
    }

    /** Reads the plain UUID or the {@code urn:credential:} form. */
    public static CredentialId of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a credential id is required");
        }
        var uuid = text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text;
        return new CredentialId(UUID.fromString(uuid));
    }

    public String urn() {
        return PREFIX + value;
    }

    /** The aggregate identifier: the plain UUID text. */
    @Override
    public String toString() {
        return value.toString();
    }
}
