package org.ecvetledger.domain.partnership;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends an MoU whose validity has run out; sent by the ledger's own scheduler, not by people. */
public record ExpireMemorandum(@TargetAggregateIdentifier MemorandumId memorandumId, LocalDate today) {

    public ExpireMemorandum {
        Objects.requireNonNull(memorandumId, "memorandumId");
        Objects.requireNonNull(today, "today");
    }
}
