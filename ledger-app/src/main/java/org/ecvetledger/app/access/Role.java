package org.ecvetledger.app.access;

/** What kind of party an account signs in as (issue 10, ADR 0014). */
public enum Role {
    /** Manages institutions and accounts; records no decision on a learner's credit. */
    PLATFORM_ADMIN,
    /** Acts for exactly one institution, with the functions granted to the account. */
    STAFF,
    /** Reads only the records of the one learner the account is bound to. */
    LEARNER,
    /** Reads everything within a jurisdiction scope; writes nothing. */
    AUDITOR
}
