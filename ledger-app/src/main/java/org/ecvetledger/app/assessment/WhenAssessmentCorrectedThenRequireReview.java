package org.ecvetledger.app.assessment;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.ecvetledger.domain.accumulation.RequireReviewOfDependentDecisions;
import org.ecvetledger.domain.assessment.AssessmentCorrected;
import org.springframework.stereotype.Component;

/**
 * R25 after a correction (DOMAIN c7, ADR 0010): every pathway whose validations rest on the
 * corrected assessment is told to flag those decisions for review by the bodies that took them. It
 * runs in a streaming processor whose token is stored in PostgreSQL with the commands' events, in one
 * transaction: stopped half-way, it starts again from the same correction, and the pathway ignores
 * a correction it has already flagged.
 */
@Component
@ProcessingGroup(AssessmentCascade.PROCESSING_GROUP)
class WhenAssessmentCorrectedThenRequireReview {

    private final AssessmentReliance reliance;
    private final CommandGateway commands;

    WhenAssessmentCorrectedThenRequireReview(AssessmentReliance reliance, CommandGateway commands) {
        this.reliance = reliance;
        this.commands = commands;
    }

    @EventHandler
    void on(AssessmentCorrected event) {
        for (var pathway : reliance.pathwaysRestingOn(event.assessmentId())) {
            commands.sendAndWait(new RequireReviewOfDependentDecisions(
                    pathway.learner(),
                    pathway.qualification(),
                    event.assessmentId(),
                    event.correction(),
                    event.reason(),
                    event.correctedBy(),
                    event.correctedOn()));
        }
    }
}
