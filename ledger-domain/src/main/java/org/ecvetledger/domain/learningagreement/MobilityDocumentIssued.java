package org.ecvetledger.domain.learningagreement;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.MessageName;

/** The host documented the learning abroad (Europass Mobility, host transcript) without necessarily assessing it; documentation alone creates no credit (R21). */
@MessageName("MobilityDocumentIssued")
@Revision("1")
public record MobilityDocumentIssued(
        LearningAgreementId agreementId,
        InstitutionId issuedBy,
        MobilityDocumentType type,
        LocalDate issuedOn,
        String content)
        implements LearningAgreementEvent {}
