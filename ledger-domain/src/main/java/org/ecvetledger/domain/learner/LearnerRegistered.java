package org.ecvetledger.domain.learner;

import java.util.Objects;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.MessageName;

/** A person was registered as a learner; their personal data is stored sealed under their own key. */
@MessageName("LearnerRegistered")
@Revision("1")
public record LearnerRegistered(LearnerId learnerId, SealedPersonalData personalData) implements LearnerEvent {

    public LearnerRegistered {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(personalData, "personalData");
    }
}
