package org.ecvetledger.app.eventstore;

import java.security.SecureRandom;
import java.util.UUID;
import org.axonframework.common.IdentifierFactory;

/**
 * Time-ordered (RFC 9562 version 7) UUIDs for event and learner identifiers. Random UUIDs scatter
 * inserts over the unique event-id index and cost several KB of WAL per event; time-ordered ones
 * append to its right edge (STACK-NOTES, measured about a third more durable appends per second).
 * Registered for Axon through {@code META-INF/services}.
 */
public final class TimeOrderedIdentifierFactory extends IdentifierFactory {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String generateIdentifier() {
        return next().toString();
    }

    /** A new version 7 UUID: 48 bits of Unix milliseconds, then random bits. */
    public static UUID next() {
        long millis = System.currentTimeMillis();
        long randomA = RANDOM.nextLong();
        long randomB = RANDOM.nextLong();
        long most = (millis << 16) | 0x7000L | (randomA & 0x0FFFL);
        long least = (randomB & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
