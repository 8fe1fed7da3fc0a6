package org.ecvetledger.app.ledger;

import org.ecvetledger.app.web.ResourceNotFound;
import org.ecvetledger.domain.priorlearning.RplCaseId;

/** No recognition-of-prior-learning case has this id. */
class RplCaseNotFound extends ResourceNotFound {

    RplCaseNotFound(RplCaseId rplCase) {
        super("no RPL case " + rplCase + " is open");
    }
}
