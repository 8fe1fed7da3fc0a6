package org.ecvetledger.domain.qualification;

/** How a unit counts in a qualification standard (DOMAIN c1: mandatory, optional or in an elective group). */
public enum UnitRole {
    /** Every learner needs it (R12). */
    MANDATORY,
    /** Counts only when chosen; never replaces a mandatory unit (R16). */
    OPTIONAL,
    /** One of an elective group, from which the award rules ask for k of n or a minimum of points. */
    ELECTIVE
}
