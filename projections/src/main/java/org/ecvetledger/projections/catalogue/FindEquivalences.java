package org.ecvetledger.projections.catalogue;

import org.ecvetledger.domain.shared.UnitRef;

/**
 * Searches the unit equivalences by the terms of the version now in force. Answers at most
 * {@value CatalogueReadModel#MAX_RESULTS} equivalences, by source and target unit.
 *
 * @param source           the unit whose credit counts; null for any
 * @param target           the unit it counts for; null for any
 * @param includeWithdrawn also answer equivalences whose withdrawal is recorded, whatever its date
 */
public record FindEquivalences(UnitRef source, UnitRef target, boolean includeWithdrawn) {}
