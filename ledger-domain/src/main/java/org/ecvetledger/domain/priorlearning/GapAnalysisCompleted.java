package org.ecvetledger.domain.priorlearning;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.MessageName;

/**
 * The target units' learning outcomes, each assessed on its own in the non-formal or informal
 * assessments listed, split into met and missing (DOMAIN c4 step 4); outcomes as {@code UNIT@V/LO}.
 */
@MessageName("GapAnalysisCompleted")
@Revision("1")
public record GapAnalysisCompleted(
        RplCaseId caseId,
        List<String> metOutcomes,
        List<String> missingOutcomes,
        List<AssessmentId> basis,
        Actor analysedBy,
        LocalDate completedOn)
        implements RplCaseEvent {}
