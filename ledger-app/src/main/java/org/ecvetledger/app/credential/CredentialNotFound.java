package org.ecvetledger.app.credential;

import org.ecvetledger.app.web.ResourceNotFound;

/** No learner, credential or status list with that identifier. */
class CredentialNotFound extends ResourceNotFound {

    CredentialNotFound(String message) {
        super(message);
    }
}
