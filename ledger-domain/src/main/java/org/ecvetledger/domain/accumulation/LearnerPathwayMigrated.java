package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * The pathway moved to a newer version of its standard (S28): recognised units mapped through the new
 * version's transition table ({@code mappedCredits}), units unchanged in the new version carried over
 * as they are, and units the new version has no place for listed in {@code unmappedUnits}. The original
 * recognitions stay in the ledger, on the previous version.
 */
@MessageName("LearnerPathwayMigrated")
@Revision("1")
public record LearnerPathwayMigrated(
        PathwayId pathway,
        QualificationRef previousStandard,
        QualificationRef standard,
        List<MigratedCredit> mappedCredits,
        List<UnitRef> unmappedUnits,
        Actor migratedBy,
        LocalDate effectiveDate)
        implements PathwayEvent {}
