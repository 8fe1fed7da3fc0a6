package org.ecvetledger.app.eventstore;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the event store and the event processors; see ADR 0001 for why each default is what it is.
 *
 * @param gapTimeout          how long a processor keeps waiting for a global-sequence gap to fill
 * @param maxGapOffset        how far back from the newest event a gap is still tracked
 * @param fetchBatchSize      events read per query by the storage engine
 * @param processorBatchSize  events handled per projection transaction
 * @param initialSegments     segments a new processor's token is split into
 * @param maxClaimedSegments  segments one node may claim per processor (the rest are left to other nodes)
 * @param snapshotThreshold   events after which an aggregate gets a snapshot
 */
@ConfigurationProperties("ledger.event-store")
public record EventStoreProperties(
        Duration gapTimeout,
        int maxGapOffset,
        int fetchBatchSize,
        int processorBatchSize,
        int initialSegments,
        int maxClaimedSegments,
        int snapshotThreshold) {}
