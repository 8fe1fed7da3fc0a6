package org.ecvetledger.domain.priorlearning;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.shared.Actor;

/** Compares the case's target outcomes with the non-formal or informal assessments given. */
public record CompleteGapAnalysis(
        @TargetAggregateIdentifier RplCaseId caseId,
        List<AssessmentId> basis,
        Actor analysedBy,
        LocalDate completedOn) {

    public CompleteGapAnalysis {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(analysedBy, "analysedBy");
        Objects.requireNonNull(completedOn, "completedOn");
        basis = basis == null ? List.of() : List.copyOf(basis);
    }
}
