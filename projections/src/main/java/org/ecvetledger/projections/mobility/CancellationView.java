package org.ecvetledger.projections.mobility;

import java.time.LocalDate;
import org.ecvetledger.domain.learningagreement.AgreementParty;

/** Who cancelled a learning agreement, when and why (S29). */
public record CancellationView(AgreementParty cancelledBy, LocalDate cancelledOn, String reason) {}
