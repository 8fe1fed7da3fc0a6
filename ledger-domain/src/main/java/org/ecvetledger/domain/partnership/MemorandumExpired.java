package org.ecvetledger.domain.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;

/** The MoU reached its end date; learning agreements signed before can still complete (R29). */
@MessageName("MemorandumExpired")
@Revision("1")
public record MemorandumExpired(MemorandumId memorandumId, int version, LocalDate expiredOn)
        implements MemorandumEvent {}
