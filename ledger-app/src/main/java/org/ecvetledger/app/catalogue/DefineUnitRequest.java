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
 * Body of {@code POST /api/units}: a unit version's code and version (1 when absent) and its text,
 * the fields of {@link UnitDescriptionRequest}.
 */
record DefineUnitRequest(
        @NotBlank @Pattern(regexp = CatalogueValues.UNIT_CODE, message = CatalogueValues.UNIT_CODE_MESSAGE)
        String code,

        @Min(1) @Max(9999) Integer version,

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
        String owner) {

    int versionOrFirst() {
        return version == null ? 1 : version;
    }

    UnitDescriptionRequest description() {
        return new UnitDescriptionRequest(title, learningOutcomes, assessmentCriteria, eqfLevels, validity, owner);
    }
}
