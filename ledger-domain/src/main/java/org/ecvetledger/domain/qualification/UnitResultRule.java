package org.ecvetledger.domain.qualification;

/** How several assessments of one unit combine into the unit's result (R11, [SEED F35]). */
public enum UnitResultRule {
    /** The unit is achieved when every learning outcome is achieved, over all its assessments. */
    ALL_LEARNING_OUTCOMES,
    /** Every assessment the standard lists for the unit must be recorded (e.g. in-company and school CCF). */
    ALL_ASSESSMENTS,
    /** The grade is the mean of the assessments' grades. */
    AVERAGE_OF_ASSESSMENTS
}
