package org.ecvetledger.projections.mobility;

/**
 * Where a learning agreement stands (DOMAIN c8), as far as its events tell: the stages between
 * activation and completion (in mobility, awaiting the host transcript, awaiting validation) have no
 * event of the agreement, so an agreement stays {@link #ACTIVE} through them.
 */
public enum LearningAgreementState {
    /** Nobody has signed yet. */
    DRAFT,
    /** One or two of learner, home and host have signed. */
    PARTIALLY_SIGNED,
    /** Learner, home and host have all signed. */
    ACTIVE,
    CANCELLED,
    /** Completed with everything planned achieved. */
    COMPLETED,
    /** Completed with planned units or outcomes not achieved. */
    COMPLETED_WITH_GAPS
}
