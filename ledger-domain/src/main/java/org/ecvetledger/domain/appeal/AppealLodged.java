package org.ecvetledger.domain.appeal;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.QualificationRef;

/**
 * A learner appealed against an assessment or a recognition within the awarding body's window
 * (DOMAIN c7, decision (j)5, S12): {@code deadline} is the subject's effective date plus the window.
 *
 * @param appealBody the awarding body of the subject's standard, which decides the appeal
 */
@MessageName("AppealLodged")
@Revision("1")
public record AppealLodged(
        AppealId appealId,
        LearnerId learner,
        AppealSubject subject,
        QualificationRef standard,
        String grounds,
        Actor lodgedBy,
        LocalDate lodgedOn,
        LocalDate subjectEffectiveDate,
        LocalDate deadline,
        InstitutionId appealBody)
        implements AppealEvent {}
