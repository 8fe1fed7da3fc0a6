package org.ecvetledger.projections.catalogue;

import java.time.LocalDate;
import org.ecvetledger.domain.shared.InstitutionId;

/** The withdrawal of a unit equivalence: it no longer applies from {@code effectiveFrom}; transfers made under it stand. */
public record EquivalenceWithdrawalView(InstitutionId withdrawnBy, LocalDate effectiveFrom, String reason) {}
