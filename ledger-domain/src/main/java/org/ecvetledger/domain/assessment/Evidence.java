package org.ecvetledger.domain.assessment;

import java.util.regex.Pattern;

/** A document the assessment rests on, by id and SHA-256, so an auditor can check it was not changed. */
public record Evidence(String documentId, String sha256) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Evidence {
        if (documentId == null || documentId.isBlank()) {
            throw new IllegalArgumentException("evidence names its document");
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("evidence carries the document's SHA-256 as 64 lower-case hex digits");
        }
    }
}
