package org.ecvetledger.domain.qualification;

import java.util.List;
import org.ecvetledger.domain.shared.QualificationRef;

/** The transition table of each standard version from its previous one (S28); a lookup kept in the events' transaction. */
public interface TransitionTables {

    List<UnitTransition> transitionsInto(QualificationRef standard);
}
