package org.ecvetledger.domain.appeal;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.LearnerId;

/** Lodges a learner's appeal against an assessment or a recognition; it is lodged on the day the ledger receives it. */
public record LodgeAppeal(
        @TargetAggregateIdentifier AppealId appealId,
        LearnerId learner,
        AppealSubject subject,
        String grounds,
        Actor lodgedBy) {

    public LodgeAppeal {
        Objects.requireNonNull(appealId, "appealId");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(lodgedBy, "lodgedBy");
        if (grounds == null || grounds.isBlank()) {
            throw new IllegalArgumentException("an appeal states its grounds");
        }
        grounds = grounds.strip();
    }
}
