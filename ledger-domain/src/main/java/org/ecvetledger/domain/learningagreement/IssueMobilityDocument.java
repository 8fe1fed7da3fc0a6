package org.ecvetledger.domain.learningagreement;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.InstitutionId;

/** Records a document the host (or home) issued about the learning abroad. */
public record IssueMobilityDocument(
        @TargetAggregateIdentifier LearningAgreementId agreementId,
        InstitutionId issuedBy,
        MobilityDocumentType type,
        LocalDate issuedOn,
        String content) {

    public IssueMobilityDocument {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(issuedBy, "issuedBy");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(content, "content");
    }
}
