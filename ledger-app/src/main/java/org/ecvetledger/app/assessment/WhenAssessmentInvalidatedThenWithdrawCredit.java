package org.ecvetledger.app.assessment;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.ecvetledger.domain.accumulation.WithdrawDependentCredit;
import org.ecvetledger.domain.assessment.AssessmentInvalidated;
import org.springframework.stereotype.Component;

/**
 * R25 after an invalidation (S11, ADR 0010): every pathway whose validations rest on the
 * invalidated assessment withdraws them, revokes the recognitions and the award built on them, in
 * that order. Reliable and idempotent like {@link WhenAssessmentCorrectedThenRequireReview}.
 */
@Component
@ProcessingGroup(AssessmentCascade.PROCESSING_GROUP)
class WhenAssessmentInvalidatedThenWithdrawCredit {

    private final AssessmentReliance reliance;
    private final CommandGateway commands;

    WhenAssessmentInvalidatedThenWithdrawCredit(AssessmentReliance reliance, CommandGateway commands) {
        this.reliance = reliance;
        this.commands = commands;
    }

    @EventHandler
    void on(AssessmentInvalidated event) {
        for (var pathway : reliance.pathwaysRestingOn(event.assessmentId())) {
            commands.sendAndWait(new WithdrawDependentCredit(
                    pathway.learner(),
                    pathway.qualification(),
                    event.assessmentId(),
                    event.reason(),
                    event.invalidatedBy(),
                    event.effectiveDate()));
        }
    }
}
