package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * The award of the qualification was revoked, with the reason (R24, R25). Carries what the
 * credential side needs to revoke the credential issued for the award ({@code CredentialRevoked},
 * ELM {@code credentialStatus}): the learner and qualification ({@code pathway}), the standard
 * version, the award's effective date and awarding body, and the units it counted. The
 * {@code QualificationAwarded} stays in the ledger; the learner may be awarded again once eligible.
 *
 * @param invalidatedAssessment the invalidated assessment that caused it (S11), or null
 */
@MessageName("QualificationAwardRevoked")
@Revision("1")
public record QualificationAwardRevoked(
        PathwayId pathway,
        QualificationRef standard,
        LocalDate awardedOn,
        InstitutionId awardedBy,
        List<UnitRef> unitsCounted,
        AssessmentId invalidatedAssessment,
        Actor revokedBy,
        LocalDate effectiveDate,
        String reason)
        implements PathwayEvent {}
