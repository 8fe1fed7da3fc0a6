package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;

/** Recognises validated learning outcomes of a unit as part of that unit. */
public record RecognisePartOfUnit(
        LearnerId learner,
        QualificationId qualification,
        UnitRef unit,
        List<String> learningOutcomes,
        Actor recogniser,
        LocalDate effectiveDate) {

    public RecognisePartOfUnit {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(recogniser, "recogniser");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        learningOutcomes = learningOutcomes == null ? List.of() : List.copyOf(learningOutcomes);
    }

    @TargetAggregateIdentifier
    public String pathwayId() {
        return new PathwayId(learner, qualification).toString();
    }
}
