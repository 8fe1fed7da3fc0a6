package org.ecvetledger.app.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.ecvetledger.app.web.OneOf;
import org.ecvetledger.domain.unit.LearningOutcomeCategory;

/**
 * One learning outcome of a unit in a request.
 *
 * @param description language → text
 * @param escoSkill   optional http(s) URI of an ESCO skill or competence
 */
record LearningOutcomeRequest(
        @NotBlank
        @Pattern(regexp = CatalogueValues.LEARNING_OUTCOME_ID, message = CatalogueValues.LEARNING_OUTCOME_ID_MESSAGE)
        String id,

        @NotEmpty
        Map<
                        @Pattern(regexp = CatalogueValues.LANGUAGE, message = CatalogueValues.LANGUAGE_MESSAGE) String,
                        @NotBlank @Size(max = 2000) String>
                description,

        @NotBlank @OneOf(LearningOutcomeCategory.class) String category,
        @Size(max = 500) String escoSkill) {}
