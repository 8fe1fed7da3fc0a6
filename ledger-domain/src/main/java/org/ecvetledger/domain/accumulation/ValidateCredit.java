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

/** Validates assessed learning outcomes against a unit of the learner's standard; no outcomes listed means every outcome the basis assessments record as achieved. */
public record ValidateCredit(
        LearnerId learner,
        QualificationId qualification,
        UnitRef unit,
        List<String> learningOutcomes,
        List<AssessmentId> basis,
        Actor validator,
        LocalDate effectiveDate) {

    public ValidateCredit {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        learningOutcomes = learningOutcomes == null ? List.of() : List.copyOf(learningOutcomes);
        basis = basis == null ? List.of() : List.copyOf(basis);
    }

    @TargetAggregateIdentifier
    public String pathwayId() {
        return new PathwayId(learner, qualification).toString();
    }
}
