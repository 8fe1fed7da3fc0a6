package org.ecvetledger.domain.learningagreement;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Proposes new terms for an agreement in force (the Erasmus Without Paper changes model). */
public record ProposeLearningAgreementChange(
        @TargetAggregateIdentifier LearningAgreementId agreementId,
        LearningAgreementTerms terms,
        AgreementParty proposedBy,
        String reason) {

    public ProposeLearningAgreementChange {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(reason, "reason");
    }
}
