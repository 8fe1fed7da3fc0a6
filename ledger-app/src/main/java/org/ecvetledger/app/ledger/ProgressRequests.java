package org.ecvetledger.app.ledger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.ecvetledger.app.web.IsoDate;
import org.ecvetledger.app.web.NotBefore;

/** The body of the what-if, {@code POST /api/learners/{learnerId}/progress/{qualificationId}}. Nothing in it is recorded. */
final class ProgressRequests {

    private ProgressRequests() {}

    /**
     * A what-if audit: hypothetical recognitions and/or a transfer of the learner's credit into another
     * qualification, as of a date (default: today) and as known at an instant (default: everything
     * recorded). At least one hypothesis.
     */
    record WhatIf(
            @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE) String asOf,
            String knownAt,
            @Size(max = 100) List<@NotNull @Valid HypotheticalRecognition> recognitions,

            @Pattern(regexp = LedgerValues.QUALIFICATION_ID, message = LedgerValues.QUALIFICATION_ID_MESSAGE)
            String transferTo) {}

    /** A recognition that has not happened: the unit's points are those of the audited standard (R8). */
    record HypotheticalRecognition(
            @NotBlank @Pattern(regexp = LedgerValues.UNIT_REF, message = LedgerValues.UNIT_REF_MESSAGE)
            String unit,

            @DecimalMin("0") @Digits(integer = 4, fraction = 2)
            BigDecimal grade,

            @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE) String recognisedOn) {}
}
