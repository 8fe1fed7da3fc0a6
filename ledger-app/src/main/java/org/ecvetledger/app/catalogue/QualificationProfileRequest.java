package org.ecvetledger.app.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ecvetledger.app.web.OneOf;
import org.ecvetledger.domain.qualification.ResitPolicy;
import org.ecvetledger.domain.qualification.UnitResultRule;
import org.ecvetledger.domain.shared.CreditFramework;

/**
 * Body of {@code PUT /api/qualifications/{id}/versions/{version}/profile}: what a standard version
 * declares about itself. {@code POST /api/qualifications} takes the same fields.
 *
 * @param framework      ECVET, ECTS, NATIONAL (with its {@code scheme}) or NONE (R9, decision (j)8)
 * @param totalPoints    the standard's total points; absent without a framework
 * @param referenceYears the years of full-time learning the total stands for (R6a)
 * @param resitPolicy    LATEST (default) or BEST
 * @param unitResultRule ALL_LEARNING_OUTCOMES (default), ALL_ASSESSMENTS or AVERAGE_OF_ASSESSMENTS
 */
record QualificationProfileRequest(
        @NotEmpty
        Map<
                        @Pattern(regexp = CatalogueValues.LANGUAGE, message = CatalogueValues.LANGUAGE_MESSAGE) String,
                        @NotBlank @Size(max = 500) String>
                title,

        @NotBlank @Pattern(regexp = CatalogueValues.JURISDICTION, message = CatalogueValues.JURISDICTION_MESSAGE)
        String jurisdiction,

        @NotEmpty @Size(max = 20)
        List<
                        @NotBlank
                        @Pattern(
                                regexp = CatalogueValues.INSTITUTION_ID,
                                message = CatalogueValues.INSTITUTION_ID_MESSAGE)
                        String>
                awardingBodies,

        @Min(1) @Max(8) Integer eqfLevel,
        @Size(max = 20) String nqfLevel,
        Boolean partialQualification,
        Boolean regulatedProfession,
        @NotBlank @OneOf(CreditFramework.Kind.class) String framework,
        @Size(max = 100) String scheme,
        @PositiveOrZero @Digits(integer = 6, fraction = 2) BigDecimal totalPoints,
        @Positive @Digits(integer = 3, fraction = 2) BigDecimal referenceYears,
        @Valid GradingScaleRequest gradingScale,
        @OneOf(ResitPolicy.class) String resitPolicy,
        @OneOf(UnitResultRule.class) String unitResultRule) {}
