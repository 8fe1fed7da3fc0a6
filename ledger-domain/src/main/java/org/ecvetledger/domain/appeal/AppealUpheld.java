package org.ecvetledger.domain.appeal;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.assessment.OutcomeResult;
import org.ecvetledger.domain.assessment.UnitGrade;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.AppealRemedy;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.MessageName;

/**
 * The appeal body upheld the appeal with a remedy and its reasoning (decision (j)5, S12): REASSESS
 * (a new assessment supersedes the appealed one), CORRECT_RESULT (the assessment is corrected to
 * {@code correctedResults}/{@code correctedGrades}) or REVERSE_DECISION (the recognition is revoked).
 * The remedy is applied by the ledger's appeal policy; the appealed decision stays in the ledger.
 */
@MessageName("AppealUpheld")
@Revision("1")
public record AppealUpheld(
        AppealId appealId,
        LearnerId learner,
        AppealSubject subject,
        AppealRemedy remedy,
        String reasoning,
        List<OutcomeResult> correctedResults,
        List<UnitGrade> correctedGrades,
        Actor decidedBy,
        LocalDate decidedOn)
        implements AppealEvent {}
