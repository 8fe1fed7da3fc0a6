package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;

/** Recognises a unit whose every learning outcome has been validated. */
public record RecogniseUnit(
        LearnerId learner, QualificationId qualification, UnitRef unit, Actor recogniser, LocalDate effectiveDate) {

    public RecogniseUnit {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(recogniser, "recogniser");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }

    @TargetAggregateIdentifier
    public String pathwayId() {
        return new PathwayId(learner, qualification).toString();
    }
}
