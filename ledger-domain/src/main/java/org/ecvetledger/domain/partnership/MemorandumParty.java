package org.ecvetledger.domain.partnership;

import java.util.Objects;
import org.ecvetledger.domain.shared.InstitutionId;

/**
 * A signing organisation with its "areas of competence and responsibility in their country" and the
 * assessment, documentation, validation and recognition procedures it accepts ([REC] 2017 MoU template).
 */
public record MemorandumParty(
        InstitutionId institution,
        String areasOfCompetence,
        String assessmentProcedure,
        String documentationProcedure,
        String validationProcedure,
        String recognitionProcedure) {

    public MemorandumParty {
        Objects.requireNonNull(institution, "institution");
    }
}
