package org.ecvetledger.projections.learner;

import java.time.LocalDate;
import java.util.Objects;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;

/** Asks which units a learner holds towards a qualification on a day (credit expired by then left out, R13). */
public record FindRecognisedUnits(LearnerId learnerId, QualificationId qualification, LocalDate on) {

    public FindRecognisedUnits {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(on, "on");
    }
}
