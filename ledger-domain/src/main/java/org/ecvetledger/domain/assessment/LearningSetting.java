package org.ecvetledger.domain.assessment;

/** Where the assessed learning happened; recorded, and it never changes the recognised outcome (R22). */
public enum LearningSetting {
    FORMAL,
    NON_FORMAL,
    INFORMAL
}
