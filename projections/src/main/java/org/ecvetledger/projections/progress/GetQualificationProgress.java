package org.ecvetledger.projections.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;

/**
 * The learner's progress towards a qualification as of an effective date, as known at an instant
 * (bitemporal): the progress statement at a cut-off date.
 *
 * @param asOf    decisions that took effect on or before this date count; validity in time is judged on it
 * @param knownAt only what the ledger had recorded by this instant; null: everything recorded
 */
public record GetQualificationProgress(
        LearnerId learner, QualificationId qualification, LocalDate asOf, Instant knownAt) {

    public GetQualificationProgress {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(asOf, "asOf");
    }
}
