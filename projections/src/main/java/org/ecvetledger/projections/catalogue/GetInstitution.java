package org.ecvetledger.projections.catalogue;

import java.util.Objects;
import org.ecvetledger.domain.shared.InstitutionId;

/** Asks for one competent institution with the functions it currently holds; empty when unknown. */
public record GetInstitution(InstitutionId institutionId) {

    public GetInstitution {
        Objects.requireNonNull(institutionId, "institutionId");
    }
}
