package org.ecvetledger.projections.mobility;

import java.time.LocalDate;
import org.ecvetledger.domain.learningagreement.LearningAgreementId;
import org.ecvetledger.domain.partnership.MemorandumId;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;

/**
 * A learning agreement in a list; home, host, qualification and mobility dates are those of the
 * latest version.
 *
 * @param groupReference the text a group of learners shares; null for an individual mobility
 * @param activeFrom     from when it is in force; null until all three have signed
 */
public record LearningAgreementSummaryView(
        LearningAgreementId agreementId,
        LearnerId learner,
        MemorandumId memorandum,
        String groupReference,
        InstitutionId home,
        InstitutionId host,
        QualificationRef qualification,
        LocalDate mobilityStart,
        LocalDate mobilityEnd,
        LearningAgreementState state,
        int latestVersion,
        LocalDate activeFrom) {}
