package org.ecvetledger.projections.mobility;

/** Where a Memorandum of Understanding stands (DOMAIN c2), as far as its events tell. */
public enum MemorandumState {
    /** No party has signed the latest version, and no version is in force. */
    DRAFT,
    /** Some parties have signed the latest version, and no version is in force yet. */
    PARTIALLY_SIGNED,
    /** Every party signed the latest version: it is in force. */
    ACTIVE,
    /** A newer version awaits the parties' signatures while an older one stays in force. */
    AMENDMENT_PENDING,
    /** The end date passed. */
    EXPIRED,
    /** A party ended it before its end date. */
    TERMINATED
}
