package org.ecvetledger.domain.learningagreement;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;

/** One of learner, home and host signed the version, individually. */
@MessageName("LearningAgreementSigned")
@Revision("1")
public record LearningAgreementSigned(
        LearningAgreementId agreementId, int version, AgreementParty party, String signatory, LocalDate signedOn)
        implements LearningAgreementEvent {}
