package org.ecvetledger.app.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.ecvetledger.app.web.OneOf;
import org.ecvetledger.domain.shared.Coverage;

/**
 * One line of a new version's transition table: credit for {@code from} (a unit of the previous
 * version, {@code CODE@VERSION}) counts for {@code to}, in full or for the listed learning outcomes of {@code to}.
 */
record UnitTransitionRequest(
        @NotBlank @Pattern(regexp = CatalogueValues.UNIT_REF, message = CatalogueValues.UNIT_REF_MESSAGE)
        String from,

        @NotBlank @Pattern(regexp = CatalogueValues.UNIT_REF, message = CatalogueValues.UNIT_REF_MESSAGE)
        String to,

        @NotBlank @OneOf(Coverage.class) String coverage,

        @Size(max = 200)
        List<
                        @NotBlank
                        @Pattern(
                                regexp = CatalogueValues.LEARNING_OUTCOME_ID,
                                message = CatalogueValues.LEARNING_OUTCOME_ID_MESSAGE)
                        String>
                coveredOutcomes) {}
