package org.ecvetledger.domain.shared;

/** How learning outcomes were assessed ([SEED F28, F34], DOMAIN (e)). */
public enum AssessmentMethod {
    WORK_SIMULATION,
    THEORY_TEST,
    CONTINUOUS_IN_COMPANY,
    CONTINUOUS_IN_SCHOOL,
    PRACTICAL_TEST,
    PORTFOLIO_REVIEW,
    ORAL_EXAMINATION,
    FINAL_EXAMINATION
}
