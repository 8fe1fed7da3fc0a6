package org.ecvetledger.domain.learningagreement;

import java.time.LocalDate;
import org.ecvetledger.domain.shared.LearnerId;

/**
 * Where a learning agreement stands: its learner, the terms in force (null before all three signed),
 * since when, and the day it was cancelled or completed (null while it runs).
 */
public record AgreementStanding(
        LearnerId learner, LearningAgreementTerms termsInForce, LocalDate activeFrom, LocalDate endedOn) {

    /** Whether the agreement was in force on that day (R5: assessments under it happen while it runs). */
    public boolean isInForceOn(LocalDate day) {
        return termsInForce != null
                && activeFrom != null
                && !day.isBefore(activeFrom)
                && (endedOn == null || !day.isAfter(endedOn));
    }
}
