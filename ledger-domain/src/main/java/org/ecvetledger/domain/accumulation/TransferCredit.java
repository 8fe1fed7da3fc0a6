package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.equivalence.EquivalenceId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * Transfers a unit the learner holds in another qualification to a unit of this one (DOMAIN c6),
 * decided by a competent institution of the receiving standard under a unit equivalence. The
 * equivalence may be left out only for a common-core unit: the same unit version attached to both.
 */
public record TransferCredit(
        LearnerId learner,
        QualificationId qualification,
        UnitRef unit,
        QualificationId sourceQualification,
        UnitRef sourceUnit,
        EquivalenceId equivalence,
        String decisionReference,
        Actor decidedBy,
        LocalDate effectiveDate) {

    public TransferCredit {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(sourceQualification, "sourceQualification");
        Objects.requireNonNull(sourceUnit, "sourceUnit");
        Objects.requireNonNull(decisionReference, "decisionReference");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        decisionReference = decisionReference.strip();
    }

    @TargetAggregateIdentifier
    public String pathwayId() {
        return new PathwayId(learner, qualification).toString();
    }
}
