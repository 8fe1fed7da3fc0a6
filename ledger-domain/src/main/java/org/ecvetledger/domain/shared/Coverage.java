package org.ecvetledger.domain.shared;

/** How much of a target unit another unit covers: all of it, or some of its learning outcomes. */
public enum Coverage {
    FULL,
    PARTIAL
}
