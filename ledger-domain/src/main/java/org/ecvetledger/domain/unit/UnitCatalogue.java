package org.ecvetledger.domain.unit;

import java.util.Optional;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * The unit versions the catalogue holds, for rules of other aggregates (qualification standards,
 * equivalences). Answered from a lookup table the write side keeps in the events' transaction.
 */
public interface UnitCatalogue {

    Optional<CatalogueUnit> find(UnitRef unit);
}
