package org.ecvetledger.app.web.idempotency;

/**
 * What the ledger answered to the first request with a key, as it is sent again on a retry: the
 * status, the headers that matter and the body, byte for byte.
 */
record IdempotentResponse(int status, String contentType, String location, byte[] body) {}
