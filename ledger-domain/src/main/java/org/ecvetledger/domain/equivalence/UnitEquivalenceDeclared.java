package org.ecvetledger.domain.equivalence;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.MessageName;

/** A competent institution declared that credit for one unit counts for another (version 1). */
@MessageName("UnitEquivalenceDeclared")
@Revision("1")
public record UnitEquivalenceDeclared(
        EquivalenceId equivalenceId,
        int version,
        EquivalenceTerms terms,
        InstitutionId declaredBy,
        LocalDate effectiveFrom)
        implements EquivalenceEvent {}
