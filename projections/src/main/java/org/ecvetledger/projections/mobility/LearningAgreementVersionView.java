package org.ecvetledger.projections.mobility;

import java.util.List;
import org.ecvetledger.domain.learningagreement.LearningAgreementTerms;

/**
 * One version of a learning agreement.
 *
 * @param fromProposal the accepted change proposal it came from; null for version 1
 * @param signatures   learner's, home's and host's signatures of this version, in the order signed
 *                     (an amended version is agreed by accepting its proposal, not signed again)
 */
public record LearningAgreementVersionView(
        int version,
        LearningAgreementTerms terms,
        Integer fromProposal,
        List<LearningAgreementSignatureView> signatures) {

    public LearningAgreementVersionView {
        signatures = List.copyOf(signatures);
    }
}
