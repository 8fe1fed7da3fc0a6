package org.ecvetledger.app.evidence;

import java.util.UUID;
import org.ecvetledger.app.web.ResourceNotFound;

/** No evidence document with this id is stored. */
class EvidenceNotFound extends ResourceNotFound {

    EvidenceNotFound(UUID evidenceId) {
        super("no evidence document " + evidenceId + " is stored");
    }
}
