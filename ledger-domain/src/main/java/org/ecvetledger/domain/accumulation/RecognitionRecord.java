package org.ecvetledger.domain.accumulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.QualificationRef;

/**
 * A standing recognition of a unit as an appeal or a transfer sees it: the standard whose rules
 * applied, from when, by whom, and the points and grade it granted (null when there were none).
 */
public record RecognitionRecord(
        QualificationRef standard,
        LocalDate effectiveDate,
        InstitutionId recognisedBy,
        CreditPoints points,
        BigDecimal grade) {

    public RecognitionRecord(QualificationRef standard, LocalDate effectiveDate, InstitutionId recognisedBy) {
        this(standard, effectiveDate, recognisedBy, null, null);
    }
}
