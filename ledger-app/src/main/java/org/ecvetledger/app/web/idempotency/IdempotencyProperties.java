package org.ecvetledger.app.web.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the ledger remembers an {@code Idempotency-Key} (ADR 0006): at least {@code retention}
 * after the first request completed; the sweep runs every {@code cleanupInterval}. A retry later than
 * that is a new request.
 */
@ConfigurationProperties("ledger.idempotency")
record IdempotencyProperties(
        @DefaultValue("7d") Duration retention,
        @DefaultValue("1h") Duration cleanupInterval) {

    IdempotencyProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("ledger.idempotency.retention must be positive");
        }
    }
}
