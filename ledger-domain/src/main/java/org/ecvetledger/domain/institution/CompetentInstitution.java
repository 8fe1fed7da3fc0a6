package org.ecvetledger.domain.institution;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.ecvetledger.domain.shared.InstitutionId;

/**
 * A competent institution: "an institution which is responsible for designing and awarding
 * qualifications or recognising units or other functions linked to ECVET" ([REC] Annex I(e)). It
 * guards which functions it holds; each is granted and withdrawn on its own (R2).
 */
class CompetentInstitution {

    @AggregateIdentifier
    private InstitutionId institutionId;

    private final Set<FunctionGrant> grants = new HashSet<>();

    CompetentInstitution() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    CompetentInstitution(RegisterInstitution command) {
        apply(new InstitutionRegistered(
                command.institutionId(), command.legalName().strip(), command.jurisdiction(), command.kind()));
    }

    @CommandHandler
    void handle(GrantFunction command) {
        if (grants.contains(command.grant())) {
            throw new FunctionAlreadyGranted(institutionId, command.grant());
        }
        apply(new InstitutionFunctionGranted(institutionId, command.grant(), command.effectiveFrom()));
    }

    @CommandHandler
    void handle(WithdrawFunction command) {
        if (!grants.contains(command.grant())) {
            throw new FunctionNotHeld(institutionId, command.grant());
        }
        apply(new InstitutionFunctionWithdrawn(
                institutionId,
                command.grant(),
                command.effectiveFrom(),
                command.reason().strip()));
    }

    @EventSourcingHandler
    void on(InstitutionRegistered event) {
        institutionId = event.institutionId();
    }

    @EventSourcingHandler
    void on(InstitutionFunctionGranted event) {
        grants.add(event.grant());
    }

    @EventSourcingHandler
    void on(InstitutionFunctionWithdrawn event) {
        grants.remove(event.grant());
    }
}
