package org.ecvetledger.domain.equivalence;

import java.util.Optional;
import org.ecvetledger.domain.shared.UnitRef;

/** The equivalence in force from one unit version to another, for a transfer request's lookup (c6 step 2). */
public interface EquivalencesInForce {

    Optional<EquivalenceRecord> between(UnitRef source, UnitRef target);
}
