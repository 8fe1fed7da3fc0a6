package org.ecvetledger.domain.learningagreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Completes a learning agreement after the mobility, naming what was planned but not achieved. */
public record CompleteLearningAgreement(
        @TargetAggregateIdentifier LearningAgreementId agreementId,
        LocalDate completedOn,
        List<PlannedUnit> outstanding) {

    public CompleteLearningAgreement {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(completedOn, "completedOn");
        outstanding = outstanding == null ? List.of() : List.copyOf(outstanding);
    }
}
