package org.ecvetledger.domain.transfer;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/** Puts the learner's credit in {@code sourceQualification} forward for {@code unit} of {@code standard} (DOMAIN c6 step 1). */
public record RequestCreditTransfer(
        @TargetAggregateIdentifier TransferRequestId transferRequestId,
        LearnerId learner,
        QualificationId sourceQualification,
        UnitRef sourceUnit,
        QualificationRef standard,
        UnitRef unit,
        Actor requestedBy,
        LocalDate requestedOn) {

    public RequestCreditTransfer {
        Objects.requireNonNull(transferRequestId, "transferRequestId");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(sourceQualification, "sourceQualification");
        Objects.requireNonNull(sourceUnit, "sourceUnit");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedOn, "requestedOn");
    }
}
