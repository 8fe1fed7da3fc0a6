package org.ecvetledger.domain.learningagreement;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.partnership.MemorandumId;
import org.ecvetledger.domain.shared.LearnerId;

/** Drafts the learning agreement of one learner for one mobility, under an MoU; a group may share the text (groupReference), each learner still signs their own. */
public record DraftLearningAgreement(
        @TargetAggregateIdentifier LearningAgreementId agreementId,
        LearnerId learner,
        MemorandumId memorandum,
        LearningAgreementTerms terms,
        String groupReference) {

    public DraftLearningAgreement {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(memorandum, "memorandum");
        Objects.requireNonNull(terms, "terms");
    }
}
