package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;

/** Refuses, as an official decision with its reason, to validate assessed outcomes against a unit. */
public record RejectCreditValidation(
        LearnerId learner,
        QualificationId qualification,
        UnitRef unit,
        List<String> learningOutcomes,
        List<AssessmentId> basis,
        Actor validator,
        LocalDate effectiveDate,
        String reason) {

    public RejectCreditValidation {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(reason, "reason");
        learningOutcomes = learningOutcomes == null ? List.of() : List.copyOf(learningOutcomes);
        basis = basis == null ? List.of() : List.copyOf(basis);
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a refusal gives its reason");
        }
    }

    @TargetAggregateIdentifier
    public String pathwayId() {
        return new PathwayId(learner, qualification).toString();
    }
}
