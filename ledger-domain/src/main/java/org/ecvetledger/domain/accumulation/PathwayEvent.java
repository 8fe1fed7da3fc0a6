package org.ecvetledger.domain.accumulation;

/** Every event of the {@link LearnerPathway} aggregate. */
public sealed interface PathwayEvent
        permits LearnerEnrolled,
                CreditValidated,
                CreditValidationRejected,
                UnitRecognised,
                PartialUnitCreditRecognised,
                FinalExaminationRecorded,
                AwardEligibilityEvaluated,
                QualificationAwarded,
                RecognitionReviewRequired,
                RecognitionConfirmed,
                CreditValidationWithdrawn,
                UnitRecognitionRevoked,
                QualificationAwardRevoked,
                CreditTransferred,
                LearnerPathwayMigrated,
                CommonCoreUnitCounted,
                TrainingDurationReductionRecorded {

    PathwayId pathway();
}
