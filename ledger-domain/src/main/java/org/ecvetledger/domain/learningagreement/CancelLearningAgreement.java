package org.ecvetledger.domain.learningagreement;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancels a learning agreement, with the reason. */
public record CancelLearningAgreement(
        @TargetAggregateIdentifier LearningAgreementId agreementId,
        AgreementParty cancelledBy,
        LocalDate cancelledOn,
        String reason) {

    public CancelLearningAgreement {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(cancelledBy, "cancelledBy");
        Objects.requireNonNull(cancelledOn, "cancelledOn");
        Objects.requireNonNull(reason, "reason");
    }
}
