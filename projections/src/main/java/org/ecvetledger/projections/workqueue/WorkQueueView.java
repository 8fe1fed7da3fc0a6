package org.ecvetledger.projections.workqueue;

import java.util.List;
import org.ecvetledger.domain.shared.InstitutionId;

/**
 * An institution's work queue (issue 11): assessed credit awaiting its validation, and validated
 * credit awaiting its recognition, each only where the institution holds the function for the
 * standard in its jurisdiction (R2). Oldest assessment first.
 */
public record WorkQueueView(
        InstitutionId institution, List<QueueItemView> awaitingValidation, List<QueueItemView> awaitingRecognition) {

    public WorkQueueView {
        awaitingValidation = List.copyOf(awaitingValidation);
        awaitingRecognition = List.copyOf(awaitingRecognition);
    }
}
