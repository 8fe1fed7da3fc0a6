package org.ecvetledger.domain.accumulation;

import java.util.Objects;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;

/**
 * A learner's pathway towards one qualification (all its versions): {@code <learnerId>/<qualificationId>}.
 * Deterministic, so one learner has one pathway per qualification (ADR 0005).
 */
public record PathwayId(LearnerId learner, QualificationId qualification) {

    public PathwayId {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(qualification, "qualification");
    }

    @Override
    public String toString() {
        return learner + "/" + qualification;
    }
}
