package org.ecvetledger.domain.partnership;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;

/** The parties reviewed the MoU ("regular reviews are needed", [SEED F93]). */
@MessageName("MemorandumReviewed")
@Revision("1")
public record MemorandumReviewed(MemorandumId memorandumId, int version, LocalDate reviewedOn, String outcome)
        implements MemorandumEvent {}
