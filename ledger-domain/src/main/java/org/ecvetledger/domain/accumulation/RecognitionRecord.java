package org.ecvetledger.domain.accumulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.QualificationRef;

/**
 * A standing recognition of a unit as an appeal or a transfer sees it: the standard whose rules
 * applied, from when, by whom, the points and grade it granted (null when there were none), and the
 * assessments it rests on (a transfer from it rests on them too, ADR 0016) and the person who took it.
 */
public record RecognitionRecord(
        QualificationRef standard,
        LocalDate effectiveDate,
        InstitutionId recognisedBy,
        CreditPoints points,
        BigDecimal grade,
        List<AssessmentId> basis,
        String recognisedByPerson) {

    public RecognitionRecord {
        basis = basis == null ? List.of() : List.copyOf(basis);
    }

    /** Who took the recognition (R3); the person is named when the lookup knows it. */
    public Actor recogniser() {
        return new Actor(
                recognisedBy,
                recognisedByPerson == null || recognisedByPerson.isBlank() ? "not recorded" : recognisedByPerson);
    }

    public RecognitionRecord(
            QualificationRef standard,
            LocalDate effectiveDate,
            InstitutionId recognisedBy,
            CreditPoints points,
            BigDecimal grade) {
        this(standard, effectiveDate, recognisedBy, points, grade, List.of(), null);
    }

    public RecognitionRecord(QualificationRef standard, LocalDate effectiveDate, InstitutionId recognisedBy) {
        this(standard, effectiveDate, recognisedBy, null, null);
    }
}
