package org.ecvetledger.domain.priorlearning;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;

/** Issues the learner's individual training plan for the outcomes the gap analysis found missing. */
public record IssueIndividualTrainingPlan(
        @TargetAggregateIdentifier RplCaseId caseId, String planReference, Actor issuedBy, LocalDate issuedOn) {

    public IssueIndividualTrainingPlan {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(planReference, "planReference");
        Objects.requireNonNull(issuedBy, "issuedBy");
        Objects.requireNonNull(issuedOn, "issuedOn");
        planReference = planReference.strip();
    }
}
