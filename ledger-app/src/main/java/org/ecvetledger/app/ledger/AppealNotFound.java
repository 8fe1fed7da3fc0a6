package org.ecvetledger.app.ledger;

import org.ecvetledger.app.web.ResourceNotFound;
import org.ecvetledger.domain.shared.AppealId;

/** No appeal has this id. */
class AppealNotFound extends ResourceNotFound {

    AppealNotFound(AppealId appeal) {
        super("no appeal " + appeal + " is lodged");
    }
}
