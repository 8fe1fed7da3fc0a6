package org.ecvetledger.app.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.ecvetledger.app.web.IsoPeriod;

/**
 * Body of {@code PUT /api/units/{code}/versions/{version}}: the whole new text of a draft unit
 * version. {@code POST /api/units} takes the same fields plus the unit's code and version.
 *
 * @param validity how long credit for the unit stays valid, an ISO 8601 period such as {@code P5Y}; absent when it does not expire
 * @param owner    the id of the institution that owns the unit
 */
record UnitDescriptionRequest(
        @NotEmpty
        Map<
                        @Pattern(regexp = CatalogueValues.LANGUAGE, message = CatalogueValues.LANGUAGE_MESSAGE) String,
                        @NotBlank @Size(max = 500) String>
                title,

        @NotEmpty @Size(max = 200) List<@NotNull @Valid LearningOutcomeRequest> learningOutcomes,
        @Size(max = 200) List<@NotBlank @Size(max = 2000) String> assessmentCriteria,
        @Size(max = 8) List<@NotNull @Min(1) @Max(8) Integer> eqfLevels,
        @IsoPeriod String validity,

        @NotBlank @Pattern(regexp = CatalogueValues.INSTITUTION_ID, message = CatalogueValues.INSTITUTION_ID_MESSAGE)
        String owner) {}
