package org.ecvetledger.projections.transcript;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Asks for the audit trail of one award (S32): the chain MoU → learning agreement → assessments and
 * corrections → validations → recognitions → the award → the status history of the credentials stating
 * it. An award is identified by the id of its {@code QualificationAwarded} event ({@code awardId} on the
 * transcript and in the progress audit).
 */
public record GetAwardTrail(String awardId, LocalDate asOf, Instant knownAt) {

    public GetAwardTrail {
        Objects.requireNonNull(awardId, "awardId");
    }
}
