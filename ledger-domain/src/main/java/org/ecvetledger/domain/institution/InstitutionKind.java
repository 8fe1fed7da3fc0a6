package org.ecvetledger.domain.institution;

/** The kinds of body that act as competent institutions across national systems (DOMAIN b1). */
public enum InstitutionKind {
    SCHOOL,
    TRAINING_CENTRE,
    COMPANY,
    CHAMBER,
    REGIONAL_AUTHORITY,
    MINISTRY,
    AGENCY
}
