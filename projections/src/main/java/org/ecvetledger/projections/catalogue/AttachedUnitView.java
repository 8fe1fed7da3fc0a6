package org.ecvetledger.projections.catalogue;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import org.ecvetledger.domain.qualification.UnitRole;
import org.ecvetledger.domain.shared.AssessmentMethod;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.MultilingualText;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * A unit as it belongs to a standard version, with the unit's title from the catalogue.
 *
 * @param title         the unit's title; null when the catalogue does not hold the unit
 * @param electiveGroup the elective group's name; only for {@link UnitRole#ELECTIVE}
 * @param points        the unit's points in this standard; null when the framework has none (R9)
 * @param coefficient   the unit's weight in a weighted average; null if none
 * @param validity      how long credit for the unit stays valid (R13); null if unlimited
 */
public record AttachedUnitView(
        UnitRef unit,
        MultilingualText title,
        UnitRole role,
        String electiveGroup,
        CreditPoints points,
        BigDecimal coefficient,
        boolean mobilityUnit,
        Period validity,
        List<AssessmentMethod> requiredAssessments) {}
