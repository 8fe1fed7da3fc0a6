package org.ecvetledger.app.mobility;

import org.ecvetledger.app.web.ResourceNotFound;

/** The ledger holds no such MoU or learning agreement (or the read model does not show it yet). */
class MobilityRecordNotFound extends ResourceNotFound {

    MobilityRecordNotFound(String message) {
        super(message);
    }
}
