package org.ecvetledger.domain.learner;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.LearnerId;

/** S39: erase the learner's personal data at their request, recorded by the institution that handles it. */
public record ErasePersonalData(
        @TargetAggregateIdentifier LearnerId learnerId, Actor erasedBy, LocalDate effectiveDate) {

    public ErasePersonalData {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(erasedBy, "erasedBy");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }
}
