package org.ecvetledger.projections.catalogue;

import java.time.LocalDate;
import java.util.List;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.domain.unit.UnitDescription;

/**
 * One version of a unit of learning outcomes, in full.
 *
 * @param effectiveFrom from when the published version applies; null for a draft
 * @param attachedTo    every standard version it is attached to, with its weight in each: points and
 *                      weights belong to each qualification, not to the unit (R8)
 */
public record UnitView(
        UnitRef unit,
        UnitDescription description,
        CatalogueStatus status,
        LocalDate effectiveFrom,
        List<UnitAttachmentView> attachedTo) {

    public UnitView {
        attachedTo = List.copyOf(attachedTo);
    }
}
