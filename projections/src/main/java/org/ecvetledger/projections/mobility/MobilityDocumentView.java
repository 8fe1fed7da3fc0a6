package org.ecvetledger.projections.mobility;

import java.time.LocalDate;
import org.ecvetledger.domain.learningagreement.MobilityDocumentType;
import org.ecvetledger.domain.shared.InstitutionId;

/** A document the host (or home) issued about the learning abroad (R21: it creates no credit). */
public record MobilityDocumentView(
        InstitutionId issuedBy, MobilityDocumentType type, LocalDate issuedOn, String content) {}
