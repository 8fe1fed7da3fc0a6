package org.ecvetledger.app.catalogue;

import org.ecvetledger.app.web.ResourceNotFound;

/** The catalogue holds no such institution, unit, standard version or equivalence (yet). */
class CatalogueEntryNotFound extends ResourceNotFound {

    CatalogueEntryNotFound(String message) {
        super(message);
    }
}
