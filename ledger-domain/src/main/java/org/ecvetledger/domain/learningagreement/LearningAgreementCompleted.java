package org.ecvetledger.domain.learningagreement;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;

/** The mobility is over; outstanding lists what was planned but not achieved (empty: completed in full, otherwise completed with gaps). */
@MessageName("LearningAgreementCompleted")
@Revision("1")
public record LearningAgreementCompleted(
        LearningAgreementId agreementId, int version, LocalDate completedOn, List<PlannedUnit> outstanding)
        implements LearningAgreementEvent {

    public LearningAgreementCompleted {
        outstanding = List.copyOf(outstanding);
    }

    /** DOMAIN c8: {@code CompletedWithGaps}. */
    public boolean withGaps() {
        return !outstanding.isEmpty();
    }
}
