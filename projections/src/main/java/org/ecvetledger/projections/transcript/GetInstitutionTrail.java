package org.ecvetledger.projections.transcript;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.ecvetledger.domain.shared.InstitutionId;

/** Asks for the audit trail of the events an institution took part in (R28: its own scope only). */
public record GetInstitutionTrail(InstitutionId institution, LocalDate asOf, Instant knownAt) {

    public GetInstitutionTrail {
        Objects.requireNonNull(institution, "institution");
    }
}
