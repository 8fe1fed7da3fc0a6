package org.ecvetledger.domain.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AppealId;

/**
 * Corrects a clerical error in an assessment's results or grades, with the reason; by its assessor,
 * or by the appeal body when an upheld appeal ordered it ({@code appeal}).
 */
public record CorrectAssessment(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        List<OutcomeResult> results,
        List<UnitGrade> grades,
        String reason,
        Actor correctedBy,
        LocalDate correctedOn,
        AppealId appeal) {

    public CorrectAssessment {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(correctedBy, "correctedBy");
        Objects.requireNonNull(correctedOn, "correctedOn");
        if (results == null || results.isEmpty()) {
            throw new IllegalArgumentException("a correction states every learning-outcome result");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a correction gives its reason");
        }
        results = List.copyOf(results);
        grades = grades == null ? List.of() : List.copyOf(grades);
        reason = reason.strip();
    }
}
