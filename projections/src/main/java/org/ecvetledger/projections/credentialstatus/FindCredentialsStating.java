package org.ecvetledger.projections.credentialstatus;

import java.util.Objects;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * Asks which of a learner's credentials, not yet revoked, state a decision: the recognition of
 * {@code unit} towards the qualification, or with no unit the award of the qualification. A policy
 * that revokes credentials when their decision is revoked starts here.
 */
public record FindCredentialsStating(LearnerId learner, QualificationId qualification, UnitRef unit) {

    public FindCredentialsStating {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(qualification, "qualification");
    }
}
