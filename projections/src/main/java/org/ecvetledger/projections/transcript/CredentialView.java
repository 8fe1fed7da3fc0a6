package org.ecvetledger.projections.transcript;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A European Digital Credential issued to the learner and its status history (ADR 0012): ISSUED, or
 * REVOKED with the reason category and explanation, and the credential it supersedes or is
 * superseded by. {@code states} are the decisions it states ({@code QUALIFICATION} for the award,
 * {@code QUALIFICATION|UNIT} for a recognition).
 */
public record CredentialView(
        String credentialId,
        String issuer,
        List<String> states,
        LocalDate issuedOn,
        Instant issuedRecordedAt,
        String issuedEvent,
        String supersedes,
        String status,
        LocalDate revokedOn,
        Instant revokedRecordedAt,
        String revocationReason,
        String explanation,
        String supersededBy,
        String revokedBy,
        String revocationEvent) {}
