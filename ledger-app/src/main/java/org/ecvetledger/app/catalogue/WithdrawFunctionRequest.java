package org.ecvetledger.app.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ecvetledger.app.web.IsoDate;
import org.ecvetledger.app.web.NotBefore;
import org.ecvetledger.app.web.OneOf;
import org.ecvetledger.domain.institution.InstitutionFunction;

/** Body of {@code POST /api/institutions/{id}/functions/withdrawals}: the grant to withdraw, and why. */
record WithdrawFunctionRequest(
        @NotBlank @OneOf(InstitutionFunction.class) String function,

        @Pattern(regexp = CatalogueValues.QUALIFICATION_ID, message = CatalogueValues.QUALIFICATION_ID_MESSAGE)
        String standard,

        @NotBlank @Pattern(regexp = CatalogueValues.JURISDICTION, message = CatalogueValues.JURISDICTION_MESSAGE)
        String jurisdiction,

        @NotNull @IsoDate @NotBefore(CatalogueValues.EARLIEST_DATE)
        String effectiveFrom,

        @NotBlank @Size(max = 1000) String reason) {}
