package org.ecvetledger.domain.appeal;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AppealId;

/** Rejects an appeal on the merits, with reasoning. */
public record RejectAppeal(
        @TargetAggregateIdentifier AppealId appealId, String reasoning, Actor decidedBy, LocalDate decidedOn) {

    public RejectAppeal {
        Objects.requireNonNull(appealId, "appealId");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedOn, "decidedOn");
        if (reasoning == null || reasoning.isBlank()) {
            throw new IllegalArgumentException("a decision on an appeal gives its reasoning");
        }
        reasoning = reasoning.strip();
    }
}
