package org.ecvetledger.domain.learningagreement;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a learning agreement: one learner, one mobility. */
public record LearningAgreementId(UUID value) {

    public LearningAgreementId {
        Objects.requireNonNull(value, "learning agreement id");
    }

    public static LearningAgreementId of(String value) {
        return new LearningAgreementId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
