package org.ecvetledger.domain.learner;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.ecvetledger.domain.shared.LearnerId;

/**
 * A learner of the ledger: the person whose credit is recorded. For now it only guards
 * registration; enrolments and credit arrive with the ledger issue.
 */
class Learner {

    @AggregateIdentifier
    private LearnerId learnerId;

    private boolean personalDataErased;

    Learner() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    Learner(RegisterLearner command, PersonalDataProtection protection) {
        // Sealing happens here, before the event exists, so no event ever holds personal data in clear.
        apply(new LearnerRegistered(command.learnerId(), protection.seal(command.learnerId(), command.personalData())));
    }

    /**
     * S39: the key is destroyed in the command's transaction, with the event; asked again, the
     * erasure is already done and nothing is recorded twice.
     */
    @CommandHandler
    void handle(ErasePersonalData command, PersonalDataShredding shredding) {
        if (personalDataErased) {
            return;
        }
        shredding.shred(command.learnerId());
        apply(new LearnerPersonalDataErased(command.learnerId(), command.erasedBy(), command.effectiveDate()));
    }

    @EventSourcingHandler
    void on(LearnerRegistered event) {
        this.learnerId = event.learnerId();
    }

    @EventSourcingHandler
    void on(LearnerPersonalDataErased event) {
        this.personalDataErased = true;
    }
}
