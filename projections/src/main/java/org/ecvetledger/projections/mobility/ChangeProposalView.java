package org.ecvetledger.projections.mobility;

import java.util.List;
import org.ecvetledger.domain.learningagreement.AgreementParty;
import org.ecvetledger.domain.learningagreement.LearningAgreementTerms;

/**
 * A proposed change to a learning agreement in force and what the other parties made of it.
 *
 * @param baseVersion      the version it proposes to change
 * @param acceptances      the other parties that accepted, in the order they did
 * @param rejectedBy       null unless rejected
 * @param rejectionReason  null unless rejected
 * @param resultingVersion the version it became; null unless accepted
 */
public record ChangeProposalView(
        int proposal,
        int baseVersion,
        LearningAgreementTerms terms,
        AgreementParty proposedBy,
        String reason,
        ChangeProposalStatus status,
        List<ChangeAcceptanceView> acceptances,
        AgreementParty rejectedBy,
        String rejectionReason,
        Integer resultingVersion) {

    public ChangeProposalView {
        acceptances = List.copyOf(acceptances);
    }
}
