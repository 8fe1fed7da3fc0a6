package org.ecvetledger.domain.learningagreement;

/** The three who sign a learning agreement, each individually ([REC] templates). */
public enum AgreementParty {
    LEARNER,
    HOME,
    HOST
}
