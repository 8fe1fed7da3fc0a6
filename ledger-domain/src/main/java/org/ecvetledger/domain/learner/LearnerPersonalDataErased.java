package org.ecvetledger.domain.learner;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.MessageName;

/**
 * S39, decision (j)6: the learner's key was destroyed, so their personal data is unreadable
 * everywhere it was copied; the learner id and the decisions stay. Credentials issued to the learner
 * are revoked in consequence (ADR 0012 §10).
 */
@MessageName("LearnerPersonalDataErased")
@Revision("1")
public record LearnerPersonalDataErased(LearnerId learnerId, Actor erasedBy, LocalDate effectiveDate)
        implements LearnerEvent {

    public LearnerPersonalDataErased {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(erasedBy, "erasedBy");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }
}
