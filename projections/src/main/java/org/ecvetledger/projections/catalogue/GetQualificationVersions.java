package org.ecvetledger.projections.catalogue;

import java.util.Objects;
import org.ecvetledger.domain.shared.QualificationId;

/** Asks for every version of a qualification standard, oldest first; empty when none is known. */
public record GetQualificationVersions(QualificationId qualificationId) {

    public GetQualificationVersions {
        Objects.requireNonNull(qualificationId, "qualificationId");
    }
}
