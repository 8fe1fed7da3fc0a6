package org.ecvetledger.projections.catalogue;

import java.util.Objects;
import org.ecvetledger.domain.shared.QualificationRef;

/** Asks for one version of a qualification standard in full; empty when unknown. */
public record GetQualification(QualificationRef standard) {

    public GetQualification {
        Objects.requireNonNull(standard, "standard");
    }
}
