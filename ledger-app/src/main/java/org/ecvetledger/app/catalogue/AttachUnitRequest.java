package org.ecvetledger.app.catalogue;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.ecvetledger.app.web.OneOf;
import org.ecvetledger.domain.qualification.UnitRole;
import org.ecvetledger.domain.shared.AssessmentMethod;

/**
 * Body of {@code POST /api/qualifications/{id}/versions/{version}/units}: a published unit version
 * ({@code CODE@VERSION}) and how it belongs to this standard.
 *
 * @param electiveGroup the group's name: required for, and only for, an ELECTIVE unit
 * @param points        the unit's points in this standard; absent when the standard has no credit framework
 * @param coefficient   the unit's weight in a weighted average (France: coefficient); absent if none
 */
record AttachUnitRequest(
        @NotBlank @Pattern(regexp = CatalogueValues.UNIT_REF, message = CatalogueValues.UNIT_REF_MESSAGE)
        String unit,

        @NotBlank @OneOf(UnitRole.class) String role,
        @Size(max = 64) String electiveGroup,
        @PositiveOrZero @Digits(integer = 6, fraction = 2) BigDecimal points,
        @Positive @Digits(integer = 6, fraction = 4) BigDecimal coefficient,
        Boolean mobilityUnit,
        /** Kinds of assessment that must all underlie the unit's recognition (R11, S22); optional. */
        @Size(max = 8) List<@OneOf(AssessmentMethod.class) String> requiredAssessments) {

    List<AssessmentMethod> requiredAssessmentMethods() {
        return requiredAssessments == null
                ? List.of()
                : requiredAssessments.stream()
                        .map(AssessmentMethod::valueOf)
                        .distinct()
                        .toList();
    }
}
