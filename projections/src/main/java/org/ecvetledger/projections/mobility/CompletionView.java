package org.ecvetledger.projections.mobility;

import java.time.LocalDate;
import java.util.List;
import org.ecvetledger.domain.learningagreement.PlannedUnit;

/**
 * The end of a mobility.
 *
 * @param outstanding what was planned but not achieved; empty when completed in full
 */
public record CompletionView(LocalDate completedOn, List<PlannedUnit> outstanding) {

    public CompletionView {
        outstanding = List.copyOf(outstanding);
    }
}
