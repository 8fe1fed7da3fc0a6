package org.ecvetledger.domain.assessment;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.MessageName;

/**
 * The assessment just recorded is the reassessment an upheld appeal ordered (remedy REASSESS, S12):
 * it supersedes the earlier assessment, which stays in the ledger, marked superseded by appeal.
 * Follows the {@code AssessmentRecorded} of the same assessment.
 */
@MessageName("ReassessmentRecorded")
@Revision("1")
public record ReassessmentRecorded(
        AssessmentId assessmentId, AssessmentId supersedes, AppealId appeal, Actor assessor, LocalDate assessedOn)
        implements AssessmentEvent {}
