package org.ecvetledger.projections.transcript;

/** The links of the recognition chain, in the order an auditor reads them (S32). */
public enum TrailStage {
    LEARNER,
    MEMORANDUM,
    LEARNING_AGREEMENT,
    ASSESSMENT,
    VALIDATION,
    RECOGNITION,
    AWARD,
    CREDENTIAL,
    OTHER
}
