package org.ecvetledger.domain.priorlearning;

/** Every event of the {@link RplCase} aggregate. */
public sealed interface RplCaseEvent
        permits RPLCaseOpened, EvidenceSubmitted, GapAnalysisCompleted, IndividualTrainingPlanIssued {

    RplCaseId caseId();
}
