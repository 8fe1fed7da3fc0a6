package org.ecvetledger.app.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.ecvetledger.app.web.IsoDate;
import org.ecvetledger.app.web.NotBefore;
import org.ecvetledger.app.web.OneOf;
import org.ecvetledger.domain.equivalence.EquivalenceBasis;
import org.ecvetledger.domain.shared.Coverage;

/**
 * Body of {@code POST /api/equivalences} (declare) and of {@code POST /api/equivalences/{id}/revisions}
 * (revise): credit for {@code source} counts for {@code target} (both {@code CODE@VERSION}), in full
 * or for the listed learning outcomes of the target, on a basis an institution declares.
 *
 * @param basisReference the MoU, matrix or legal act, as people cite it
 * @param declaredBy     the id of the declaring institution
 */
record EquivalenceTermsRequest(
        @NotBlank @Pattern(regexp = CatalogueValues.UNIT_REF, message = CatalogueValues.UNIT_REF_MESSAGE)
        String source,

        @NotBlank @Pattern(regexp = CatalogueValues.UNIT_REF, message = CatalogueValues.UNIT_REF_MESSAGE)
        String target,

        @NotBlank @OneOf(Coverage.class) String coverage,

        @Size(max = 200)
        List<
                        @NotBlank
                        @Pattern(
                                regexp = CatalogueValues.LEARNING_OUTCOME_ID,
                                message = CatalogueValues.LEARNING_OUTCOME_ID_MESSAGE)
                        String>
                coveredOutcomes,

        @NotBlank @OneOf(EquivalenceBasis.class) String basis,
        @Size(max = 500) String basisReference,

        @NotBlank @Pattern(regexp = CatalogueValues.INSTITUTION_ID, message = CatalogueValues.INSTITUTION_ID_MESSAGE)
        String declaredBy,

        @NotNull @IsoDate @NotBefore(CatalogueValues.EARLIEST_DATE)
        String effectiveFrom) {}
