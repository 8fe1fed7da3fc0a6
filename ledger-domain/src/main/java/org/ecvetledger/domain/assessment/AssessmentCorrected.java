package org.ecvetledger.domain.assessment;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.MessageName;

/**
 * A clerical error in an assessment was corrected (DOMAIN c7, R24): the results and grades before
 * and after, side by side, with the reason and who corrected. Nothing is rewritten: the recorded
 * event stays, and every decision resting on the assessment is flagged for review by the body that
 * took it (R25).
 *
 * @param correction the number of this correction of the assessment, from 1
 * @param appeal the upheld appeal that ordered the correction (remedy CORRECT_RESULT), or null
 */
@MessageName("AssessmentCorrected")
@Revision("1")
public record AssessmentCorrected(
        AssessmentId assessmentId,
        LearnerId learner,
        int correction,
        List<OutcomeResult> previousResults,
        List<UnitGrade> previousGrades,
        List<OutcomeResult> results,
        List<UnitGrade> grades,
        String reason,
        Actor correctedBy,
        LocalDate correctedOn,
        AppealId appeal)
        implements AssessmentEvent {}
