package org.ecvetledger.domain.credential;

/**
 * Why an issued credential no longer holds (DOMAIN c7): verifiers are told the category, never the
 * file behind it.
 */
public enum RevocationReason {
    /** The credential (or the decision it records) was issued by mistake. */
    ISSUED_IN_ERROR,
    /** A corrected credential replaces it; the revocation names the new one. */
    SUPERSEDED,
    /** An appeal reversed a decision the credential records. */
    WITHDRAWN_AFTER_APPEAL,
    /** Fraud or misconduct invalidated the assessment or the award behind it. */
    MISCONDUCT,
    /**
     * The learner's personal data was erased at their request (S39, decision (j)6): the ledger no
     * longer vouches for a credential naming a person it may not name.
     */
    WITHDRAWN_ON_ERASURE
}
