package org.ecvetledger.app.operations;

import org.ecvetledger.app.web.ResourceNotFound;

/** No read model runs under this processing group name. */
class ReadModelNotFound extends ResourceNotFound {

    ReadModelNotFound(String group) {
        super("no read model has the processing group '" + group + "'; GET /api/operations/read-models lists them");
    }
}
