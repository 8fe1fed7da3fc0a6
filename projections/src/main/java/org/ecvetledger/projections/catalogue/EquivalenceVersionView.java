package org.ecvetledger.projections.catalogue;

import java.time.LocalDate;
import org.ecvetledger.domain.equivalence.EquivalenceTerms;
import org.ecvetledger.domain.shared.InstitutionId;

/** One version of a unit equivalence, as declared or revised. */
public record EquivalenceVersionView(
        int version, EquivalenceTerms terms, InstitutionId declaredBy, LocalDate effectiveFrom) {}
