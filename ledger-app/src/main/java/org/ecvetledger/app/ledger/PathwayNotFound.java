package org.ecvetledger.app.ledger;

import org.ecvetledger.app.web.ResourceNotFound;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;

/** The learner has no pathway in this qualification: not registered, or never enrolled in it (ADR 0005). */
class PathwayNotFound extends ResourceNotFound {

    PathwayNotFound(LearnerId learner, QualificationId qualification) {
        super("learner " + learner + " is not enrolled in " + qualification);
    }
}
