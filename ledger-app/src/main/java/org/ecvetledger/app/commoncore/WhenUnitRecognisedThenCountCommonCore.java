package org.ecvetledger.app.commoncore;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.ecvetledger.app.assessment.AssessmentCascade;
import org.ecvetledger.domain.accumulation.CountCommonCoreUnit;
import org.ecvetledger.domain.accumulation.CreditTransferred;
import org.ecvetledger.domain.accumulation.PathwayId;
import org.ecvetledger.domain.accumulation.StopCountingCommonCoreUnit;
import org.ecvetledger.domain.accumulation.UnitRecognised;
import org.ecvetledger.domain.accumulation.UnitRecognitionRevoked;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.UnitRef;
import org.springframework.stereotype.Component;

/**
 * Issue 6 item 5, ADR 0016: a common-core unit recognised once counts in every qualification of the
 * learner that contains it. On a recognition (or a full transfer) every other pathway of the learner
 * is asked to count it (an enrolment: {@link CommonCoreCatchUp}); on a revocation every pathway that counts it stops, with the same cause. The pathway decides
 * what applies (same unit version, same jurisdiction) and ignores the rest. Same processor as the
 * assessment cascade (ADR 0010): reliable, retried, and idempotent in the pathway.
 */
@Component
@ProcessingGroup(AssessmentCascade.PROCESSING_GROUP)
class WhenUnitRecognisedThenCountCommonCore {

    private final LearnerPathways pathways;
    private final CommandGateway commands;

    WhenUnitRecognisedThenCountCommonCore(LearnerPathways pathways, CommandGateway commands) {
        this.pathways = pathways;
        this.commands = commands;
    }

    @EventHandler
    void on(UnitRecognised event) {
        countElsewhere(event.pathway(), event.unit());
    }

    @EventHandler
    void on(CreditTransferred event) {
        if (event.coverage() == Coverage.FULL) {
            countElsewhere(event.pathway(), event.unit());
        }
    }

    @EventHandler
    void on(UnitRecognitionRevoked event) {
        if (event.partOfUnit()) {
            return;
        }
        var learner = event.pathway().learner();
        for (var qualification : pathways.qualificationsOf(learner)) {
            if (!qualification.equals(event.pathway().qualification())) {
                commands.sendAndWait(new StopCountingCommonCoreUnit(
                        learner,
                        qualification,
                        event.pathway().qualification(),
                        event.unit(),
                        event.invalidatedAssessment(),
                        event.appeal(),
                        event.revokedBy(),
                        event.effectiveDate(),
                        event.reason()));
            }
        }
    }

    private void countElsewhere(PathwayId source, UnitRef unit) {
        for (var qualification : pathways.qualificationsOf(source.learner())) {
            if (!qualification.equals(source.qualification())) {
                commands.sendAndWait(
                        new CountCommonCoreUnit(source.learner(), qualification, source.qualification(), unit));
            }
        }
    }
}
