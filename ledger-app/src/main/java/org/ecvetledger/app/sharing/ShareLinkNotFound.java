package org.ecvetledger.app.sharing;

import org.ecvetledger.app.web.ResourceNotFound;

/**
 * No open share link: for a token, one answer whether it never existed, expired or was revoked, so
 * that whoever holds a link learns nothing from trying it (ADR 0020).
 */
class ShareLinkNotFound extends ResourceNotFound {

    ShareLinkNotFound(String message) {
        super(message);
    }

    static ShareLinkNotFound forToken() {
        return new ShareLinkNotFound("no open share link has this token (it may have expired or been revoked)");
    }
}
