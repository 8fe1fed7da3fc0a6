package org.ecvetledger.domain.equivalence;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.ecvetledger.domain.institution.InstitutionDirectory;
import org.ecvetledger.domain.institution.UnknownInstitution;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.unit.UnitCatalogue;

/**
 * A unit equivalence between standards or systems (DOMAIN c1.7): the basis of credit transfer (c6).
 * Versioned; a withdrawn equivalence stays in the ledger for the transfers made under it.
 */
class UnitEquivalence {

    @AggregateIdentifier
    private EquivalenceId equivalenceId;

    private int version;
    private boolean withdrawn;

    UnitEquivalence() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    UnitEquivalence(DeclareUnitEquivalence command, UnitCatalogue units, InstitutionDirectory institutions) {
        check(command.terms(), command.declaredBy(), units, institutions);
        apply(new UnitEquivalenceDeclared(
                command.equivalenceId(), 1, command.terms(), command.declaredBy(), command.effectiveFrom()));
    }

    @CommandHandler
    void handle(ReviseUnitEquivalence command, UnitCatalogue units, InstitutionDirectory institutions) {
        requireInForce();
        check(command.terms(), command.declaredBy(), units, institutions);
        apply(new UnitEquivalenceRevised(
                equivalenceId, version + 1, command.terms(), command.declaredBy(), command.effectiveFrom()));
    }

    @CommandHandler
    void handle(WithdrawUnitEquivalence command, InstitutionDirectory institutions) {
        requireInForce();
        if (!institutions.isRegistered(command.withdrawnBy())) {
            throw new UnknownInstitution(command.withdrawnBy());
        }
        apply(new UnitEquivalenceWithdrawn(
                equivalenceId,
                version,
                command.withdrawnBy(),
                command.effectiveFrom(),
                command.reason().strip()));
    }

    private void requireInForce() {
        if (withdrawn) {
            throw new EquivalenceRuleViolation(
                    EquivalenceRuleViolation.EQUIVALENCE_WITHDRAWN,
                    "equivalence " + equivalenceId + " was withdrawn",
                    true);
        }
    }

    private static void check(
            EquivalenceTerms terms, InstitutionId declaredBy, UnitCatalogue units, InstitutionDirectory institutions) {
        if (!institutions.isRegistered(declaredBy)) {
            throw new UnknownInstitution(declaredBy);
        }
        if (units.find(terms.source()).isEmpty()) {
            throw new EquivalenceRuleViolation(
                    EquivalenceRuleViolation.UNKNOWN_UNIT, "the catalogue holds no unit " + terms.source(), false);
        }
        var target = units.find(terms.target())
                .orElseThrow(() -> new EquivalenceRuleViolation(
                        EquivalenceRuleViolation.UNKNOWN_UNIT, "the catalogue holds no unit " + terms.target(), false));
        for (var outcome : terms.coveredOutcomes()) {
            if (!target.learningOutcomeIds().contains(outcome)) {
                throw new EquivalenceRuleViolation(
                        EquivalenceRuleViolation.UNKNOWN_LEARNING_OUTCOME,
                        "unit " + terms.target() + " has no learning outcome " + outcome,
                        false);
            }
        }
    }

    @EventSourcingHandler
    void on(UnitEquivalenceDeclared event) {
        equivalenceId = event.equivalenceId();
        version = event.version();
    }

    @EventSourcingHandler
    void on(UnitEquivalenceRevised event) {
        version = event.version();
    }

    @EventSourcingHandler
    void on(UnitEquivalenceWithdrawn event) {
        withdrawn = true;
    }
}
