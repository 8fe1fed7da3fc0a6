package org.ecvetledger.domain.appeal;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.MessageName;

/** The appeal body rejected the appeal on the merits, with its reasoning (S13): the credit is unchanged. */
@MessageName("AppealRejected")
@Revision("1")
public record AppealRejected(
        AppealId appealId,
        LearnerId learner,
        AppealSubject subject,
        String reasoning,
        Actor decidedBy,
        LocalDate decidedOn)
        implements AppealEvent {}
