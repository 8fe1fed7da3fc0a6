package org.ecvetledger.domain.institution;

/**
 * The functions linked to ECVET that a competent institution may hold, each granted separately
 * ([REC] Annex I(e), R2): an Italian region awards what a provider examines ([SEED F29]).
 */
public enum InstitutionFunction {
    DESIGN,
    ALLOCATE_POINTS,
    ASSESS,
    VALIDATE,
    RECOGNISE,
    AWARD
}
