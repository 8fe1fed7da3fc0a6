package org.ecvetledger.domain.learningagreement;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Signs the current version of a learning agreement as learner, home or host. */
public record SignLearningAgreement(
        @TargetAggregateIdentifier LearningAgreementId agreementId,
        int version,
        AgreementParty party,
        String signatory,
        LocalDate signedOn) {

    public SignLearningAgreement {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(signatory, "signatory");
        Objects.requireNonNull(signedOn, "signedOn");
    }
}
