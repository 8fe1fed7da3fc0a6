package org.ecvetledger.domain.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;

/** Every party signed the version: it is in force from activeFrom until its end date. */
@MessageName("MemorandumActivated")
@Revision("1")
public record MemorandumActivated(MemorandumId memorandumId, int version, LocalDate activeFrom)
        implements MemorandumEvent {}
