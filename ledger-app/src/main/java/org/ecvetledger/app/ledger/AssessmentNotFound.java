package org.ecvetledger.app.ledger;

import org.ecvetledger.app.web.ResourceNotFound;
import org.ecvetledger.domain.assessment.AssessmentId;

/** No assessment (nor flagged submission) has this id. */
class AssessmentNotFound extends ResourceNotFound {

    AssessmentNotFound(AssessmentId assessment) {
        super("no assessment " + assessment + " is recorded");
    }
}
