package org.ecvetledger.domain.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.MessageName;

/** One party signed one version of the MoU, by an authorised person of that party. */
@MessageName("MemorandumSigned")
@Revision("1")
public record MemorandumSigned(
        MemorandumId memorandumId, int version, InstitutionId party, String signatory, LocalDate signedOn)
        implements MemorandumEvent {}
