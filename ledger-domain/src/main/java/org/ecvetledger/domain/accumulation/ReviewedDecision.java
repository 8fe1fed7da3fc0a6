package org.ecvetledger.domain.accumulation;

/** Which decision on a pathway a review concerns (R25): the validation of a unit, its recognition, or the award. */
public enum ReviewedDecision {
    CREDIT_VALIDATION,
    UNIT_RECOGNITION,
    QUALIFICATION_AWARD
}
