package org.ecvetledger.app.web.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Forgets idempotency keys older than {@code ledger.idempotency.retention} (7 days by default), so
 * the table holds a week of writes, not the ledger's whole life. One delete, safe on several nodes
 * at once.
 */
class IdempotencyCleanup {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyCleanup.class);

    private final IdempotencyRecords records;
    private final IdempotencyProperties properties;

    IdempotencyCleanup(IdempotencyRecords records, IdempotencyProperties properties) {
        this.records = records;
        this.properties = properties;
    }

    @Scheduled(
            initialDelayString = "${ledger.idempotency.cleanup-first:PT1M}",
            fixedDelayString = "${ledger.idempotency.cleanup-interval:PT1H}")
    public void forgetExpiredKeys() {
        int forgotten = records.forgetOlderThan(properties.retention());
        if (forgotten > 0) {
            log.info("{} idempotency key(s) older than {} forgotten", forgotten, properties.retention());
        }
    }
}
