package org.ecvetledger.projections.transcript;

/** How the learner came by a unit: in their own institution, abroad under a learning agreement, by recognition of prior learning, or by transfer from another qualification. */
public enum CreditRoute {
    FORMAL,
    MOBILITY,
    RPL,
    TRANSFER
}
