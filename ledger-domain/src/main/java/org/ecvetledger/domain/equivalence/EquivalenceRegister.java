package org.ecvetledger.domain.equivalence;

import java.util.Optional;

/** The unit equivalences declared so far, for credit transfer (c6); a lookup kept in the events' transaction. */
public interface EquivalenceRegister {

    Optional<EquivalenceRecord> find(EquivalenceId equivalence);
}
