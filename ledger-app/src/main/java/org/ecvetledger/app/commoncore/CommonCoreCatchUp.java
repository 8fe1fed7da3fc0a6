package org.ecvetledger.app.commoncore;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.ecvetledger.domain.accumulation.CountCommonCoreUnit;
import org.ecvetledger.domain.accumulation.LearnerEnrolled;
import org.springframework.stereotype.Component;

/**
 * ADR 0016 amendment: a pathway counts every common-core unit the learner already holds in another
 * qualification — on its enrolment, and once over the whole history. Its own processing group, so its
 * token starts at the beginning of the event store where it is first deployed: it replays every
 * {@code LearnerEnrolled} once and asks that pathway to count what the learner holds <em>now</em>,
 * which brings in the recognitions and enrolments recorded before common core counted. Resetting its
 * token repeats that catch-up; each pathway records a unit once (held, under review, or a count from
 * that same recognition already ended: nothing), so a replay records nothing new.
 */
@Component
@ProcessingGroup(CommonCoreCatchUp.PROCESSING_GROUP)
public class CommonCoreCatchUp {

    public static final String PROCESSING_GROUP = "common-core-catch-up";

    private final LearnerPathways pathways;
    private final CommandGateway commands;

    CommonCoreCatchUp(LearnerPathways pathways, CommandGateway commands) {
        this.pathways = pathways;
        this.commands = commands;
    }

    @EventHandler
    void on(LearnerEnrolled event) {
        var learner = event.pathway().learner();
        for (var held : pathways.unitsHeld(learner)) {
            if (!held.getKey().equals(event.pathway().qualification())) {
                commands.sendAndWait(new CountCommonCoreUnit(
                        learner, event.pathway().qualification(), held.getKey(), held.getValue()));
            }
        }
    }
}
