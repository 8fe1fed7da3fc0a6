package org.ecvetledger.app.mobility.documents;

import org.ecvetledger.app.web.ResourceNotFound;

/** The ledger holds no such MoU or learning agreement (or the read model does not show it yet). */
class AgreementNotFound extends ResourceNotFound {

    AgreementNotFound(String message) {
        super(message);
    }
}
