package org.ecvetledger.domain.equivalence;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.MessageName;

/** The terms of an equivalence changed; the new version applies from its date, earlier transfers keep theirs. */
@MessageName("UnitEquivalenceRevised")
@Revision("1")
public record UnitEquivalenceRevised(
        EquivalenceId equivalenceId,
        int version,
        EquivalenceTerms terms,
        InstitutionId declaredBy,
        LocalDate effectiveFrom)
        implements EquivalenceEvent {}
