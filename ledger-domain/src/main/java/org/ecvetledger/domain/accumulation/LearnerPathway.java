package org.ecvetledger.domain.accumulation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.ecvetledger.domain.institution.InstitutionDirectory;
import org.ecvetledger.domain.institution.UnknownInstitution;
import org.ecvetledger.domain.qualification.QualificationCatalogue;
import org.ecvetledger.domain.shared.QualificationRef;

/**
 * A learner's pathway towards one qualification (ADR 0005): the consistency boundary of their
 * accumulation of credit — enrolment now; validations, recognitions, the final examination and the
 * award as the ledger issue lands, so "one recognition per unit" and "no award without the rule set
 * satisfied" are decided on one state.
 */
class LearnerPathway {

    @AggregateIdentifier
    private String pathwayId;

    private QualificationRef standard;

    LearnerPathway() {
        // required by Axon to rebuild the aggregate from its events
    }

    /** A second enrolment in the same qualification is refused by the stream's uniqueness (409). */
    @CommandHandler
    LearnerPathway(
            EnrolLearner command,
            LearnerDirectory learners,
            QualificationCatalogue standards,
            InstitutionDirectory institutions) {
        if (!learners.isRegistered(command.learner())) {
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.UNKNOWN_LEARNER, "no learner " + command.learner() + " is registered", false);
        }
        if (standards.find(command.standard()).filter(s -> s.published()).isEmpty()) {
            throw new PathwayRuleViolation(
                    PathwayRuleViolation.STANDARD_NOT_PUBLISHED,
                    "the catalogue holds no published standard " + command.standard(),
                    false);
        }
        if (!institutions.isRegistered(command.enrolledBy())) {
            throw new UnknownInstitution(command.enrolledBy());
        }
        apply(new LearnerEnrolled(command.pathway(), command.standard(), command.enrolledBy(), command.enrolledOn()));
    }

    @EventSourcingHandler
    void on(LearnerEnrolled event) {
        pathwayId = event.pathway().toString();
        standard = event.standard();
    }
}
