package org.ecvetledger.domain.learningagreement;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Rejects a proposed change on behalf of one of the other parties, with the reason. */
public record RejectLearningAgreementChange(
        @TargetAggregateIdentifier LearningAgreementId agreementId,
        int proposal,
        AgreementParty rejectedBy,
        String reason) {

    public RejectLearningAgreementChange {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(rejectedBy, "rejectedBy");
        Objects.requireNonNull(reason, "reason");
    }
}
