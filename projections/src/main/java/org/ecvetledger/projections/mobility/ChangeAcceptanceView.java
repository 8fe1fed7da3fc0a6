package org.ecvetledger.projections.mobility;

import java.time.LocalDate;
import org.ecvetledger.domain.learningagreement.AgreementParty;

/** One of the other parties accepting a proposed change. */
public record ChangeAcceptanceView(AgreementParty acceptedBy, String signatory, LocalDate acceptedOn) {}
