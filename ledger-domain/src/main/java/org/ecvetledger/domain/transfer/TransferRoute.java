package org.ecvetledger.domain.transfer;

/** How the receiving qualification will take the credit into account (DOMAIN c6 step 2). */
public enum TransferRoute {
    /** A unit equivalence in force maps the source unit to the receiving unit (FULL or PARTIAL). */
    EQUIVALENCE,
    /** The same unit version is attached to both standards: no equivalence is needed. */
    COMMON_CORE,
    /** No equivalence: the receiving institution assesses the learner on the receiving unit. */
    TARGETED_ASSESSMENT
}
