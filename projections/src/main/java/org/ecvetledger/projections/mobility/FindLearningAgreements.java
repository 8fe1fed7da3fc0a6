package org.ecvetledger.projections.mobility;

import org.ecvetledger.domain.partnership.MemorandumId;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;

/**
 * Searches the learning agreements; every criterion is optional. Answers at most
 * {@value MobilityReadModel#MAX_RESULTS} agreements, by start of the mobility.
 *
 * @param institution the home or the host institution of the latest version
 * @param state       a {@link LearningAgreementState} by name, any case; blank means any
 * @param groupReference the text a group of learners shares, exactly
 */
public record FindLearningAgreements(
        LearnerId learner, InstitutionId institution, String state, MemorandumId memorandum, String groupReference) {

    public FindLearningAgreements {
        state = MobilityReadModel.criterion(state);
        groupReference = MobilityReadModel.criterion(groupReference);
    }
}
