package org.ecvetledger.app.transcript;

import org.ecvetledger.app.web.ResourceNotFound;

/** The ledger holds no event about this learner (or no pathway to this qualification). */
class TranscriptNotFound extends ResourceNotFound {

    TranscriptNotFound(String message) {
        super(message);
    }
}
