package org.ecvetledger.domain.institution;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.Jurisdiction;

/** Registers a body in the catalogue; its functions are granted separately. */
public record RegisterInstitution(
        @TargetAggregateIdentifier InstitutionId institutionId,
        String legalName,
        Jurisdiction jurisdiction,
        InstitutionKind kind) {

    public RegisterInstitution {
        Objects.requireNonNull(institutionId, "institutionId");
        if (legalName == null || legalName.isBlank()) {
            throw new IllegalArgumentException("legalName must not be blank");
        }
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(kind, "kind");
    }
}
