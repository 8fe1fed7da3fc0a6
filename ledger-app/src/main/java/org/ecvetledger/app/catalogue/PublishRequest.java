package org.ecvetledger.app.catalogue;

import jakarta.validation.constraints.NotNull;
import org.ecvetledger.app.web.IsoDate;
import org.ecvetledger.app.web.NotBefore;

/** Body of the publish endpoints of units and qualification standards: from when the version applies. */
record PublishRequest(
        @NotNull @IsoDate @NotBefore(CatalogueValues.EARLIEST_DATE)
        String effectiveFrom) {}
