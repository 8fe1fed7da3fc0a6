package org.ecvetledger.app.mobility;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.ecvetledger.app.web.IsoDate;
import org.ecvetledger.app.web.NotBefore;

/** The bodies of the MoU endpoints ({@code /api/mous}). Dates are ISO 8601 text, checked by Bean Validation. */
final class MemorandumRequests {

    private MemorandumRequests() {}

    /**
     * Body of {@code POST /api/mous}, and the new terms of an amendment (DOMAIN c2): two or more
     * parties, the standard versions and units covered, validity, the planned duration of
     * mobilities in days, and review dates.
     */
    record Terms(
            @NotBlank @Size(max = 500) String title,
            @NotNull @Size(min = 2, max = 50) List<@NotNull @Valid Party> parties,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid Scope> scope,

            @NotNull @IsoDate @NotBefore(MobilityValues.EARLIEST_DATE)
            String validFrom,

            @NotNull @IsoDate @NotBefore(MobilityValues.EARLIEST_DATE)
            String validUntil,

            @NotNull @Min(1) @Max(3660) Integer minimumMobilityDays,
            @NotNull @Min(1) @Max(3660) Integer maximumMobilityDays,
            @Size(max = 50) List<@NotBlank String> reviewDates) {}

    /**
     * A signing organisation, its areas of competence and the procedures it accepts ([REC] 2017 MoU
     * template); only {@code institution} is required.
     */
    record Party(
            @NotBlank @Pattern(regexp = MobilityValues.INSTITUTION_ID, message = MobilityValues.INSTITUTION_ID_MESSAGE)
            String institution,

            @Size(max = 4000) String areasOfCompetence,
            @Size(max = 4000) String assessmentProcedure,
            @Size(max = 4000) String documentationProcedure,
            @Size(max = 4000) String validationProcedure,
            @Size(max = 4000) String recognitionProcedure) {}

    /** A standard version ({@code ID@VERSION}) and the units it covers ({@code CODE@VERSION}; none: all of them). */
    record Scope(
            @NotBlank @Pattern(regexp = MobilityValues.STANDARD_REF, message = MobilityValues.STANDARD_REF_MESSAGE)
            String standard,

            @Size(max = 200)
            List<@NotBlank @Pattern(regexp = MobilityValues.UNIT_REF, message = MobilityValues.UNIT_REF_MESSAGE) String>
                    units) {}

    /** Body of {@code POST /api/mous/{id}/amendments}: the terms of the next version, and why. */
    record Amendment(
            @NotNull @Valid Terms terms,
            @NotBlank @Size(max = 2000) String reason) {}

    /** Body of {@code POST /api/mous/{id}/signatures}: one party signs one version. */
    record Signature(
            @NotNull @Min(1) Integer version,

            @NotBlank @Pattern(regexp = MobilityValues.INSTITUTION_ID, message = MobilityValues.INSTITUTION_ID_MESSAGE)
            String party,

            @NotBlank @Size(max = 200) String signatory,

            @NotNull @IsoDate @NotBefore(MobilityValues.EARLIEST_DATE)
            String signedOn) {}

    /** Body of {@code POST /api/mous/{id}/reviews}. */
    record Review(
            @NotNull @IsoDate @NotBefore(MobilityValues.EARLIEST_DATE)
            String reviewedOn,

            @NotBlank @Size(max = 4000) String outcome) {}

    /** Body of {@code POST /api/mous/{id}/termination}: a party ends the MoU early. */
    record Termination(
            @NotBlank @Pattern(regexp = MobilityValues.INSTITUTION_ID, message = MobilityValues.INSTITUTION_ID_MESSAGE)
            String terminatedBy,

            @NotNull @IsoDate @NotBefore(MobilityValues.EARLIEST_DATE)
            String effectiveOn,

            @NotBlank @Size(max = 2000) String reason) {}
}
