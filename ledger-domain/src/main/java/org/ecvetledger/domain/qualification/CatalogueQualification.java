package org.ecvetledger.domain.qualification;

import java.util.List;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/** What other versions may know of a standard version: whether it is published and which units it has. */
public record CatalogueQualification(QualificationRef standard, boolean published, List<UnitRef> units) {

    public CatalogueQualification {
        units = List.copyOf(units);
    }
}
