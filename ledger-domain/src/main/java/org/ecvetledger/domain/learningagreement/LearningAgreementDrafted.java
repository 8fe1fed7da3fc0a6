package org.ecvetledger.domain.learningagreement;

import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.partnership.MemorandumId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.MessageName;

/** A learning agreement was drafted for one learner under an MoU (version 1). */
@MessageName("LearningAgreementDrafted")
@Revision("1")
public record LearningAgreementDrafted(
        LearningAgreementId agreementId,
        int version,
        LearnerId learner,
        MemorandumId memorandum,
        LearningAgreementTerms terms,
        String groupReference)
        implements LearningAgreementEvent {}
