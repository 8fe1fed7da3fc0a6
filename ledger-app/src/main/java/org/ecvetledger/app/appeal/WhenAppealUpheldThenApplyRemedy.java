package org.ecvetledger.app.appeal;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.ecvetledger.app.assessment.AssessmentCascade;
import org.ecvetledger.domain.accumulation.RevokeUnitRecognition;
import org.ecvetledger.domain.appeal.AppealUpheld;
import org.ecvetledger.domain.assessment.CorrectAssessment;
import org.ecvetledger.domain.shared.AppealRemedy;
import org.springframework.stereotype.Component;

/**
 * Decision (j)5: an upheld appeal's remedy, applied by the ledger on behalf of the appeal body —
 * CORRECT_RESULT corrects the assessment (whose correction then flags what rests on it for review),
 * REVERSE_DECISION revokes the recognition. REASSESS needs no command: the appealed assessment is
 * marked (the assessment lookups) and the reassessment, recorded with {@code supersedes}, supersedes
 * it. Reliable and idempotent like the assessment cascade (ADR 0010), in the same processing group.
 */
@Component
@ProcessingGroup(AssessmentCascade.PROCESSING_GROUP)
class WhenAppealUpheldThenApplyRemedy {

    private final CommandGateway commands;

    WhenAppealUpheldThenApplyRemedy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(AppealUpheld event) {
        var reason = "appeal " + event.appealId() + " upheld: " + event.reasoning();
        if (event.remedy() == AppealRemedy.CORRECT_RESULT) {
            commands.sendAndWait(new CorrectAssessment(
                    event.subject().assessment(),
                    event.correctedResults(),
                    event.correctedGrades(),
                    reason,
                    event.decidedBy(),
                    event.decidedOn(),
                    event.appealId()));
        } else if (event.remedy() == AppealRemedy.REVERSE_DECISION) {
            commands.sendAndWait(new RevokeUnitRecognition(
                    event.learner(),
                    event.subject().qualification(),
                    event.subject().unit(),
                    event.decidedBy(),
                    event.decidedOn(),
                    reason,
                    event.appealId()));
        }
    }
}
