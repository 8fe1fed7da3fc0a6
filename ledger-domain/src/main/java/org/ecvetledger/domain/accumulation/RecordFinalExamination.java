package org.ecvetledger.domain.accumulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;

/** Records the final examination of the qualification, on behalf of its organiser. */
public record RecordFinalExamination(
        LearnerId learner,
        QualificationId qualification,
        Actor organiser,
        LocalDate examinedOn,
        boolean passed,
        BigDecimal grade) {

    public RecordFinalExamination {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(organiser, "organiser");
        Objects.requireNonNull(examinedOn, "examinedOn");
    }

    @TargetAggregateIdentifier
    public String pathwayId() {
        return new PathwayId(learner, qualification).toString();
    }
}
