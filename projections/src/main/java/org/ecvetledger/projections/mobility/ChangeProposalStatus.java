package org.ecvetledger.projections.mobility;

/** Where a proposed change to a learning agreement stands. */
public enum ChangeProposalStatus {
    /** Awaiting the other parties; some may have accepted already. */
    OPEN,
    /** Every other party accepted: it became a new version. */
    ACCEPTED,
    /** One of the other parties rejected it. */
    REJECTED,
    /** The agreement was cancelled or completed while the proposal was open: it can no longer be decided. */
    LAPSED
}
