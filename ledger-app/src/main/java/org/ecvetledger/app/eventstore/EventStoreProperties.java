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
 * @param aggregateCacheSize  aggregates of each kind kept in memory between commands, each checked
 *                            against the event store before use (ADR 0025); 0 turns the cache off
 * @param nodeId              this node's name in {@code processor_node} and as token owner; blank: {@code pid@host/random}
 * @param nodeHeartbeat       how often a node marks itself alive and re-reads how many nodes share the segments
 * @param nodeTimeout         how long after its last heartbeat a node still counts as alive
 * @param commandRetries      how often a command that lost a race on its aggregate's next sequence number is retried
 * @param commandRetryInterval the largest first pause before such a retry (doubled per attempt, randomised)
 */
@ConfigurationProperties("ledger.event-store")
public record EventStoreProperties(
        Duration gapTimeout,
        int maxGapOffset,
        int fetchBatchSize,
        int processorBatchSize,
        int initialSegments,
        int maxClaimedSegments,
        int snapshotThreshold,
        int aggregateCacheSize,
        String nodeId,
        Duration nodeHeartbeat,
        Duration nodeTimeout,
        int commandRetries,
        Duration commandRetryInterval) {}
