package org.ecvetledger.app.ledger;

import org.ecvetledger.app.web.ResourceNotFound;
import org.ecvetledger.domain.transfer.TransferRequestId;

/** No transfer request has this id. */
class TransferRequestNotFound extends ResourceNotFound {

    TransferRequestNotFound(TransferRequestId request) {
        super("no transfer request " + request + " is recorded");
    }
}
