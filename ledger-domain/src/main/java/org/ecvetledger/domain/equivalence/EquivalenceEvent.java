package org.ecvetledger.domain.equivalence;

/** Every event of the {@link UnitEquivalence} aggregate. */
public sealed interface EquivalenceEvent
        permits UnitEquivalenceDeclared, UnitEquivalenceRevised, UnitEquivalenceWithdrawn {

    EquivalenceId equivalenceId();

    /** The version of the equivalence this event leaves in force (a withdrawal keeps the last one). */
    int version();
}
