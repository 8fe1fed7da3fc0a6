package org.ecvetledger.domain.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.MessageName;

/** A party ended the MoU before its end date, with the reason. */
@MessageName("MemorandumTerminated")
@Revision("1")
public record MemorandumTerminated(
        MemorandumId memorandumId, int version, InstitutionId terminatedBy, LocalDate effectiveOn, String reason)
        implements MemorandumEvent {}
