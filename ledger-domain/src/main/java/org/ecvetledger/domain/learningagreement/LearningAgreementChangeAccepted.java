package org.ecvetledger.domain.learningagreement;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;

/** One of the other parties accepted a proposed change. */
@MessageName("LearningAgreementChangeAccepted")
@Revision("1")
public record LearningAgreementChangeAccepted(
        LearningAgreementId agreementId,
        int proposal,
        AgreementParty acceptedBy,
        String signatory,
        LocalDate acceptedOn)
        implements LearningAgreementEvent {}
