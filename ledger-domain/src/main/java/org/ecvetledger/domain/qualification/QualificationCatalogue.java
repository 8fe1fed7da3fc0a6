package org.ecvetledger.domain.qualification;

import java.util.Optional;
import org.ecvetledger.domain.shared.QualificationRef;

/** The standard versions the catalogue holds; answered from a lookup table kept in the events' transaction. */
public interface QualificationCatalogue {

    Optional<CatalogueQualification> find(QualificationRef standard);

    /** The full definition of a published standard version, for decisions on learners' credit. */
    Optional<StandardDefinition> definition(QualificationRef standard);
}
