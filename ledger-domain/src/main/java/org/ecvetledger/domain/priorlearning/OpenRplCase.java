package org.ecvetledger.domain.priorlearning;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/** Opens a recognition-of-prior-learning case; no target units means every unit of the standard. */
public record OpenRplCase(
        @TargetAggregateIdentifier RplCaseId caseId,
        LearnerId learner,
        QualificationRef standard,
        List<UnitRef> targetUnits,
        Actor competentInstitution,
        String entryPoint,
        LocalDate openedOn) {

    public OpenRplCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(competentInstitution, "competentInstitution");
        Objects.requireNonNull(openedOn, "openedOn");
        targetUnits = targetUnits == null ? List.of() : List.copyOf(targetUnits);
    }
}
