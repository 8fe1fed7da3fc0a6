package org.ecvetledger.domain.priorlearning;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.assessment.Evidence;
import org.ecvetledger.domain.shared.Actor;

/** Adds portfolio items (references and hashes) to a case. */
public record SubmitEvidence(
        @TargetAggregateIdentifier RplCaseId caseId, List<Evidence> items, Actor receivedBy, LocalDate submittedOn) {

    public SubmitEvidence {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(receivedBy, "receivedBy");
        Objects.requireNonNull(submittedOn, "submittedOn");
        items = items == null ? List.of() : List.copyOf(items);
    }
}
