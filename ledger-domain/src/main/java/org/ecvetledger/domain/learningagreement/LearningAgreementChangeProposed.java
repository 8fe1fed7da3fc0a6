package org.ecvetledger.domain.learningagreement;

import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;

/** One party proposed new terms; the agreement in force stays as it is until the others accept. */
@MessageName("LearningAgreementChangeProposed")
@Revision("1")
public record LearningAgreementChangeProposed(
        LearningAgreementId agreementId,
        int proposal,
        int baseVersion,
        LearningAgreementTerms terms,
        AgreementParty proposedBy,
        String reason)
        implements LearningAgreementEvent {}
