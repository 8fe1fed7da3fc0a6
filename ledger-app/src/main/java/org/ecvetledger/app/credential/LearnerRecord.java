package org.ecvetledger.app.credential;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ecvetledger.domain.assessment.AssessmentContent;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.learner.PersonalData;
import org.ecvetledger.domain.learningagreement.LearningAgreementId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * What a credential can state about a learner, in ledger words: the narrow input of the ELM export,
 * so its source can change (today the ledger's streams, later the personal transcript) without
 * touching the mapping.
 *
 * @param person null when the learner's personal data was erased (decision (j)6)
 */
record LearnerRecord(
        LearnerId learner,
        PersonalData person,
        List<PathwayRecord> pathways,
        List<AssessmentRecord> assessments,
        List<MobilityPeriod> mobilities) {

    /** Credit and award towards one qualification. */
    record PathwayRecord(
            QualificationRef standard,
            List<UnitRecognition> recognitions,
            List<PartRecognition> partRecognitions,
            AwardRecord award) {}

    record UnitRecognition(
            QualificationRef standard,
            UnitRef unit,
            CreditPoints points,
            BigDecimal grade,
            List<AssessmentId> basis,
            Actor recognisedBy,
            LocalDate effectiveDate) {}

    record PartRecognition(
            QualificationRef standard,
            UnitRef unit,
            List<String> learningOutcomes,
            List<AssessmentId> basis,
            Actor recognisedBy,
            LocalDate effectiveDate) {}

    /** @param award the latest award of the pathway, or null */
    record AwardRecord(
            QualificationRef standard,
            boolean partialQualification,
            BigDecimal grade,
            List<UnitRef> unitsCounted,
            CreditPoints pointsTotal,
            Actor awardedBy,
            LocalDate effectiveDate,
            String legalBasis) {}

    record AssessmentRecord(AssessmentId assessmentId, AssessmentContent content) {}

    record MobilityPeriod(
            LearningAgreementId agreement,
            InstitutionId home,
            InstitutionId host,
            QualificationRef qualification,
            LocalDate start,
            LocalDate end) {}
}
