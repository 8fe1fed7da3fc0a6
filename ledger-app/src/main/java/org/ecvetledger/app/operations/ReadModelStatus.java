package org.ecvetledger.app.operations;

/**
 * Where one read model stands against the event store, as the operations endpoint and the log
 * report it.
 *
 * @param group          the processing group (one per read model)
 * @param state          STOPPED, ERROR, REBUILDING (reset under way), REPLAYING, CATCHING_UP or CAUGHT_UP
 * @param position       global index of the last event the slowest claimed segment has handled; null while no segment is claimed on this node
 * @param head           global index of the newest event in the store (0 when empty)
 * @param lag            head − position; null when the position is unknown
 * @param replayProgress percentage of the replay done (0–100); null when the read model has never been rebuilt and is not replaying
 * @param claimedSegments segments of this group claimed by this node
 * @param deadLetters    events parked in the group's dead-letter queue
 * @param lastRebuild    the last rebuild requested on this node, null if none
 */
record ReadModelStatus(
        String group,
        String state,
        Long position,
        long head,
        Long lag,
        Double replayProgress,
        int claimedSegments,
        long deadLetters,
        RebuildReport lastRebuild) {

    /**
     * One rebuild on demand: when it was asked for and finished, how far it had to replay and how fast.
     *
     * @param phase          RESETTING, REPLAYING, DONE or FAILED
     * @param targetPosition head of the event store when the tokens were reset: the replay ends there
     * @param eventsPerSecond replay speed so far (positions of the global sequence per second)
     * @param failure        why the rebuild failed, null otherwise
     */
    record RebuildReport(
            String phase,
            String requestedAt,
            String finishedAt,
            long targetPosition,
            double progress,
            double eventsPerSecond,
            String failure) {}
}
