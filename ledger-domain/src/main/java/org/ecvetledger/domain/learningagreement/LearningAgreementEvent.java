package org.ecvetledger.domain.learningagreement;

/** Every event of the {@link LearningAgreement} aggregate. */
public sealed interface LearningAgreementEvent
        permits LearningAgreementDrafted,
                LearningAgreementSigned,
                LearningAgreementActivated,
                LearningAgreementChangeProposed,
                LearningAgreementChangeAccepted,
                LearningAgreementChangeRejected,
                LearningAgreementAmended,
                LearningAgreementCancelled,
                LearningAgreementCompleted,
                MobilityDocumentIssued {

    LearningAgreementId agreementId();
}
