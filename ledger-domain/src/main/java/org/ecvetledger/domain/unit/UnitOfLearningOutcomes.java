package org.ecvetledger.domain.unit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.ecvetledger.domain.institution.InstitutionDirectory;
import org.ecvetledger.domain.institution.UnknownInstitution;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * One version of a unit of learning outcomes: "a component of a qualification, consisting of a
 * coherent set of knowledge, skills and competence, that can be assessed and validated" ([REC]
 * Annex I(c)). A draft can be amended; publishing freezes it.
 */
class UnitOfLearningOutcomes {

    @AggregateIdentifier
    private String unitId;

    private UnitRef unit;
    private boolean published;

    UnitOfLearningOutcomes() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    UnitOfLearningOutcomes(DefineUnit command, InstitutionDirectory institutions, UnitCatalogue units) {
        var unit = command.unit();
        if (unit.version() > 1) {
            var previous = new UnitRef(unit.code(), unit.version() - 1);
            if (units.find(previous).isEmpty()) {
                throw new PreviousVersionMissing(unit, previous);
            }
        }
        requireRegistered(command.description(), institutions);
        apply(new UnitDefined(unit, command.description()));
    }

    @CommandHandler
    void handle(AmendUnitDraft command, InstitutionDirectory institutions) {
        if (published) {
            throw new PublishedVersionIsFrozen(unit);
        }
        requireRegistered(command.description(), institutions);
        apply(new UnitDraftAmended(unit, command.description()));
    }

    @CommandHandler
    void handle(PublishUnit command) {
        if (published) {
            throw new PublishedVersionIsFrozen(unit);
        }
        apply(new UnitPublished(unit, command.effectiveFrom()));
    }

    private static void requireRegistered(UnitDescription description, InstitutionDirectory institutions) {
        if (!institutions.isRegistered(description.owner())) {
            throw new UnknownInstitution(description.owner());
        }
    }

    @EventSourcingHandler
    void on(UnitDefined event) {
        unitId = event.unit().toString();
        unit = event.unit();
    }

    @EventSourcingHandler
    void on(UnitPublished event) {
        published = true;
    }
}
