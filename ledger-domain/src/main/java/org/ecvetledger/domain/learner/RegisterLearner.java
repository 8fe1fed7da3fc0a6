package org.ecvetledger.domain.learner;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.LearnerId;

/** Registers a person as a learner of the ledger. The identifier is chosen by the caller. */
public record RegisterLearner(@TargetAggregateIdentifier LearnerId learnerId, PersonalData personalData) {

    public RegisterLearner {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(personalData, "personalData");
    }
}
