package org.ecvetledger.app.access;

/**
 * What a staff account may do for its institution. The first six are the domain's
 * {@code InstitutionFunction} names (the institution itself must also hold the function, which the
 * ledger's rules check); {@code MANAGE_AGREEMENTS} is the access-only right to draft, sign and change
 * MoUs and learning agreements, which ECVET does not treat as a function of a competent institution.
 */
public enum StaffFunction {
    DESIGN,
    ALLOCATE_POINTS,
    ASSESS,
    VALIDATE,
    RECOGNISE,
    AWARD,
    MANAGE_AGREEMENTS
}
