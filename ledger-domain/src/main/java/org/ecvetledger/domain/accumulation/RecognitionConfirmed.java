package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * After review, the body that took a decision confirmed it as it stands (DOMAIN c7, S10): the
 * validation, recognition or award keeps its effect, grade and points.
 *
 * @param unit the unit, or null for the award
 */
@MessageName("RecognitionConfirmed")
@Revision("1")
public record RecognitionConfirmed(
        PathwayId pathway,
        ReviewedDecision decision,
        UnitRef unit,
        Actor confirmedBy,
        LocalDate effectiveDate,
        String note)
        implements PathwayEvent {}
