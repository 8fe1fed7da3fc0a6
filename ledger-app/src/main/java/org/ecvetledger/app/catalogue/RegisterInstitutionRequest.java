package org.ecvetledger.app.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ecvetledger.app.web.OneOf;
import org.ecvetledger.domain.institution.InstitutionKind;

/** Body of {@code POST /api/institutions}. */
record RegisterInstitutionRequest(
        @NotBlank @Pattern(regexp = CatalogueValues.INSTITUTION_ID, message = CatalogueValues.INSTITUTION_ID_MESSAGE)
        String institutionId,

        @NotBlank @Size(max = 300) String legalName,

        @NotBlank @Pattern(regexp = CatalogueValues.JURISDICTION, message = CatalogueValues.JURISDICTION_MESSAGE)
        String jurisdiction,

        @NotBlank @OneOf(InstitutionKind.class) String kind) {}
