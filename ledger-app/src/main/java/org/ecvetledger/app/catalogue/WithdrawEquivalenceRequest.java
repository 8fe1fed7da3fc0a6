package org.ecvetledger.app.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ecvetledger.app.web.IsoDate;
import org.ecvetledger.app.web.NotBefore;

/** Body of {@code POST /api/equivalences/{id}/withdrawal}: who withdraws it, from when, and why. */
record WithdrawEquivalenceRequest(
        @NotBlank @Pattern(regexp = CatalogueValues.INSTITUTION_ID, message = CatalogueValues.INSTITUTION_ID_MESSAGE)
        String withdrawnBy,

        @NotNull @IsoDate @NotBefore(CatalogueValues.EARLIEST_DATE)
        String effectiveFrom,

        @NotBlank @Size(max = 1000) String reason) {}
