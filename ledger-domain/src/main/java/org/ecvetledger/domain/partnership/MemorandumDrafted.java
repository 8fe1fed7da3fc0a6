package org.ecvetledger.domain.partnership;

import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;

/** An MoU was drafted (version 1); it becomes active when every party has signed. */
@MessageName("MemorandumDrafted")
@Revision("1")
public record MemorandumDrafted(MemorandumId memorandumId, int version, MemorandumTerms terms)
        implements MemorandumEvent {}
