package org.ecvetledger.domain.unit;

import org.ecvetledger.domain.shared.UnitRef;

/** Every event of the {@link UnitOfLearningOutcomes} aggregate. */
public sealed interface UnitEvent permits UnitDefined, UnitDraftAmended, UnitPublished {

    UnitRef unit();
}
