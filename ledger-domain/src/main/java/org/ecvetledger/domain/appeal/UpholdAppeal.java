package org.ecvetledger.domain.appeal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.assessment.OutcomeResult;
import org.ecvetledger.domain.assessment.UnitGrade;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.AppealRemedy;

/** Upholds an appeal with a remedy and reasoning; CORRECT_RESULT states the corrected results. */
public record UpholdAppeal(
        @TargetAggregateIdentifier AppealId appealId,
        AppealRemedy remedy,
        String reasoning,
        List<OutcomeResult> correctedResults,
        List<UnitGrade> correctedGrades,
        Actor decidedBy,
        LocalDate decidedOn) {

    public UpholdAppeal {
        Objects.requireNonNull(appealId, "appealId");
        Objects.requireNonNull(remedy, "remedy");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedOn, "decidedOn");
        if (reasoning == null || reasoning.isBlank()) {
            throw new IllegalArgumentException("a decision on an appeal gives its reasoning");
        }
        reasoning = reasoning.strip();
        correctedResults = correctedResults == null ? List.of() : List.copyOf(correctedResults);
        correctedGrades = correctedGrades == null ? List.of() : List.copyOf(correctedGrades);
    }
}
