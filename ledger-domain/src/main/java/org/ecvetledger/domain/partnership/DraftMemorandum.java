package org.ecvetledger.domain.partnership;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Drafts a Memorandum of Understanding between two or more competent institutions. */
public record DraftMemorandum(@TargetAggregateIdentifier MemorandumId memorandumId, MemorandumTerms terms) {

    public DraftMemorandum {
        Objects.requireNonNull(memorandumId, "memorandumId");
        Objects.requireNonNull(terms, "terms");
    }
}
