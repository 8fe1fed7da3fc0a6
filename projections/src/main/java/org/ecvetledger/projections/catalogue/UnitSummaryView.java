package org.ecvetledger.projections.catalogue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.MultilingualText;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * One version of a unit in a search result.
 *
 * @param effectiveFrom from when the published version applies; null for a draft
 */
public record UnitSummaryView(
        UnitRef unit,
        MultilingualText title,
        Set<Integer> eqfLevels,
        InstitutionId owner,
        CatalogueStatus status,
        LocalDate effectiveFrom) {

    public UnitSummaryView {
        eqfLevels = Collections.unmodifiableSortedSet(new TreeSet<>(eqfLevels));
    }
}
