package org.ecvetledger.domain.equivalence;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.MessageName;

/** An equivalence no longer applies from a date; transfers made under it stand. */
@MessageName("UnitEquivalenceWithdrawn")
@Revision("1")
public record UnitEquivalenceWithdrawn(
        EquivalenceId equivalenceId, int version, InstitutionId withdrawnBy, LocalDate effectiveFrom, String reason)
        implements EquivalenceEvent {}
