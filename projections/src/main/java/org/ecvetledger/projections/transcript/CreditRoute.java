package org.ecvetledger.projections.transcript;

/** How the learner came by a unit: in their own institution, abroad under a learning agreement, by recognition of prior learning, by transfer from another qualification, or as a common-core unit recognised in another qualification. */
public enum CreditRoute {
    FORMAL,
    MOBILITY,
    RPL,
    TRANSFER,
    /** Counted on a recognition of the same unit version in another qualification of the learner (ADR 0016). */
    COMMON_CORE
}
