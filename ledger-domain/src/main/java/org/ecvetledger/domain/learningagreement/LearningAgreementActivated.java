package org.ecvetledger.domain.learningagreement;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;

/** Learner, home and host have all signed: the agreement is in force. */
@MessageName("LearningAgreementActivated")
@Revision("1")
public record LearningAgreementActivated(LearningAgreementId agreementId, int version, LocalDate activeFrom)
        implements LearningAgreementEvent {}
