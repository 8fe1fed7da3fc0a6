package org.ecvetledger.projections.mobility;

import java.time.LocalDate;
import java.util.List;
import org.ecvetledger.domain.learningagreement.LearningAgreementId;
import org.ecvetledger.domain.partnership.MemorandumId;
import org.ecvetledger.domain.shared.LearnerId;

/**
 * A learning agreement: where it stands, the numbers of all its versions, one version in full, every
 * change proposal and every mobility document.
 *
 * @param groupReference the text a group of learners shares; null for an individual mobility
 * @param activeFrom     from when it is in force; null until all three have signed
 * @param versions       every version number, oldest first
 * @param version        the version asked for (the latest when none was)
 * @param cancellation   null unless cancelled
 * @param completion     null unless completed
 * @param proposals      every change proposal, oldest first
 * @param documents      in the order issued
 */
public record LearningAgreementView(
        LearningAgreementId agreementId,
        LearnerId learner,
        MemorandumId memorandum,
        String groupReference,
        LearningAgreementState state,
        int latestVersion,
        LocalDate activeFrom,
        List<Integer> versions,
        LearningAgreementVersionView version,
        CancellationView cancellation,
        CompletionView completion,
        List<ChangeProposalView> proposals,
        List<MobilityDocumentView> documents) {

    public LearningAgreementView {
        versions = List.copyOf(versions);
        proposals = List.copyOf(proposals);
        documents = List.copyOf(documents);
    }
}
