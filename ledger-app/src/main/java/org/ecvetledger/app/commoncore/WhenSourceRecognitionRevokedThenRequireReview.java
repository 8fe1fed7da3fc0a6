package org.ecvetledger.app.commoncore;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.ecvetledger.app.assessment.AssessmentCascade;
import org.ecvetledger.domain.accumulation.RequireReviewOfTransferredCredit;
import org.ecvetledger.domain.accumulation.UnitRecognitionRevoked;
import org.springframework.stereotype.Component;

/**
 * ADR 0016 amendment: a recognition revoked by its body after review, or reversed on appeal, reaches
 * the units transferred from it — each other pathway of the learner is asked to send such a unit to
 * the body that decided the transfer for review, naming this revocation's event. An invalidation's
 * revocations are left to the assessment cascade, which revokes the transferred unit through its
 * reliance rows. Same reliable processor as the cascade; the pathway ignores a revocation it has
 * already turned into a review.
 */
@Component
@ProcessingGroup(AssessmentCascade.PROCESSING_GROUP)
class WhenSourceRecognitionRevokedThenRequireReview {

    private final LearnerPathways pathways;
    private final CommandGateway commands;

    WhenSourceRecognitionRevokedThenRequireReview(LearnerPathways pathways, CommandGateway commands) {
        this.pathways = pathways;
        this.commands = commands;
    }

    @EventHandler
    void on(UnitRecognitionRevoked event, @MessageIdentifier String revocation) {
        if (event.partOfUnit() || event.invalidatedAssessment() != null) {
            return;
        }
        var learner = event.pathway().learner();
        for (var qualification : pathways.qualificationsOf(learner)) {
            if (!qualification.equals(event.pathway().qualification())) {
                commands.sendAndWait(new RequireReviewOfTransferredCredit(
                        learner,
                        qualification,
                        event.pathway().qualification(),
                        event.unit(),
                        revocation,
                        event.appeal(),
                        event.revokedBy(),
                        event.effectiveDate(),
                        event.reason()));
            }
        }
    }
}
