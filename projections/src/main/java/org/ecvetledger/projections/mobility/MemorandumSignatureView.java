package org.ecvetledger.projections.mobility;

import java.time.LocalDate;
import org.ecvetledger.domain.shared.InstitutionId;

/** One party's signature of one version of an MoU, by an authorised person of that party. */
public record MemorandumSignatureView(InstitutionId party, String signatory, LocalDate signedOn) {}
