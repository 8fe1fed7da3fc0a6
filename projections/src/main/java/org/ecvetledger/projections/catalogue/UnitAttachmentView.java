package org.ecvetledger.projections.catalogue;

import java.math.BigDecimal;
import org.ecvetledger.domain.qualification.UnitRole;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.MultilingualText;
import org.ecvetledger.domain.shared.QualificationRef;

/**
 * How a unit belongs to one standard version.
 *
 * @param electiveGroup the elective group's name; only for {@link UnitRole#ELECTIVE}
 * @param points        the unit's points in this standard; null when its framework has none (R9)
 * @param coefficient   the unit's weight in a weighted average; null if none
 */
public record UnitAttachmentView(
        QualificationRef standard,
        MultilingualText standardTitle,
        CatalogueStatus standardStatus,
        UnitRole role,
        String electiveGroup,
        CreditPoints points,
        BigDecimal coefficient,
        boolean mobilityUnit) {}
