package org.ecvetledger.domain.learningagreement;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Accepts a proposed change on behalf of one of the other parties. */
public record AcceptLearningAgreementChange(
        @TargetAggregateIdentifier LearningAgreementId agreementId,
        int proposal,
        AgreementParty acceptedBy,
        String signatory,
        LocalDate acceptedOn) {

    public AcceptLearningAgreementChange {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(acceptedBy, "acceptedBy");
        Objects.requireNonNull(signatory, "signatory");
        Objects.requireNonNull(acceptedOn, "acceptedOn");
    }
}
