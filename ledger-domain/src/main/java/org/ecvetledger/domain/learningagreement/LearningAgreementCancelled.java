package org.ecvetledger.domain.learningagreement;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;

/** The mobility was cancelled, with the reason (S29); what was documented or assessed stays. */
@MessageName("LearningAgreementCancelled")
@Revision("1")
public record LearningAgreementCancelled(
        LearningAgreementId agreementId, int version, AgreementParty cancelledBy, LocalDate cancelledOn, String reason)
        implements LearningAgreementEvent {}
