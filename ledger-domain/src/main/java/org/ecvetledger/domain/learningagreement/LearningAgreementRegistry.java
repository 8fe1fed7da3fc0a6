package org.ecvetledger.domain.learningagreement;

import java.util.Optional;

/** Learning agreements as other aggregates need them (R5); answered from a lookup kept in the events' transaction. */
public interface LearningAgreementRegistry {

    Optional<AgreementStanding> find(LearningAgreementId agreement);
}
