package org.ecvetledger.domain.learningagreement;

import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;

/** One of the other parties rejected a proposed change, with the reason; the agreement in force is unchanged. */
@MessageName("LearningAgreementChangeRejected")
@Revision("1")
public record LearningAgreementChangeRejected(
        LearningAgreementId agreementId, int proposal, AgreementParty rejectedBy, String reason)
        implements LearningAgreementEvent {}
