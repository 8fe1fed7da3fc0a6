package org.ecvetledger.domain.learningagreement;

import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;

/** A proposed change accepted by every other party became the new version in force. */
@MessageName("LearningAgreementAmended")
@Revision("1")
public record LearningAgreementAmended(
        LearningAgreementId agreementId, int version, int proposal, LearningAgreementTerms terms)
        implements LearningAgreementEvent {}
