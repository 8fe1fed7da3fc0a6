package org.ecvetledger.domain.partnership;

import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;

/** A new version of the MoU was proposed; the parties re-sign it, and until then the previous signed version stays in force. */
@MessageName("MemorandumAmended")
@Revision("1")
public record MemorandumAmended(MemorandumId memorandumId, int version, MemorandumTerms terms, String reason)
        implements MemorandumEvent {}
