package org.ecvetledger.domain.partnership;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.ecvetledger.domain.institution.InstitutionDirectory;
import org.ecvetledger.domain.institution.UnknownInstitution;
import org.ecvetledger.domain.qualification.QualificationCatalogue;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.unit.UnitCatalogue;

/**
 * A Memorandum of Understanding: "an agreement between competent institutions which sets the
 * framework for credit transfer" ([REC] ECVET templates). Lifecycle (DOMAIN c2): drafted, signed by
 * each party (one event per signature), active once all have signed; amended as a new version that
 * every party signs again; reviewed; expired on its end date or terminated.
 */
class MemorandumOfUnderstanding {

    @AggregateIdentifier
    private MemorandumId memorandumId;

    private int version;
    private MemorandumTerms terms;
    /** The terms of the last version every party signed; an amendment awaiting signatures does not change them. */
    private MemorandumTerms termsInForce;

    private final Set<InstitutionId> signedCurrentVersion = new HashSet<>();
    private boolean ended;

    MemorandumOfUnderstanding() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    MemorandumOfUnderstanding(
            DraftMemorandum command,
            InstitutionDirectory institutions,
            QualificationCatalogue standards,
            UnitCatalogue units) {
        check(command.terms(), institutions, standards, units);
        apply(new MemorandumDrafted(command.memorandumId(), 1, command.terms()));
    }

    @CommandHandler
    void handle(SignMemorandum command) {
        requireInForce(command.signedOn());
        if (command.version() != version) {
            throw new MemorandumRuleViolation(
                    MemorandumRuleViolation.NOT_THE_CURRENT_VERSION,
                    "version " + command.version() + " of MoU " + memorandumId
                            + " is not the one to sign; the current version is " + version,
                    true);
        }
        if (!terms.isParty(command.party())) {
            throw new MemorandumRuleViolation(
                    MemorandumRuleViolation.NOT_A_PARTY,
                    command.party() + " is not a party to MoU " + memorandumId,
                    false);
        }
        if (signedCurrentVersion.contains(command.party())) {
            throw new MemorandumRuleViolation(
                    MemorandumRuleViolation.ALREADY_SIGNED,
                    command.party() + " already signed version " + version + " of MoU " + memorandumId,
                    true);
        }
        apply(new MemorandumSigned(
                memorandumId, version, command.party(), command.signatory().strip(), command.signedOn()));
        if (signedCurrentVersion.containsAll(terms.partyIds())) {
            var activeFrom = command.signedOn().isBefore(terms.validFrom()) ? terms.validFrom() : command.signedOn();
            apply(new MemorandumActivated(memorandumId, version, activeFrom));
        }
    }

    @CommandHandler
    void handle(
            AmendMemorandum command,
            InstitutionDirectory institutions,
            QualificationCatalogue standards,
            UnitCatalogue units) {
        requireNotEnded();
        check(command.terms(), institutions, standards, units);
        apply(new MemorandumAmended(
                memorandumId, version + 1, command.terms(), command.reason().strip()));
    }

    @CommandHandler
    void handle(ReviewMemorandum command) {
        requireNotEnded();
        apply(new MemorandumReviewed(
                memorandumId, version, command.reviewedOn(), command.outcome().strip()));
    }

    /** R29 and decision (j)4: the end date passing ends the MoU; nobody has to call for it. */
    @CommandHandler
    void handle(ExpireMemorandum command) {
        requireNotEnded();
        // the end date that counts is that of the version in force, not of an unsigned amendment
        var governing = termsInForce != null ? termsInForce : terms;
        if (!command.today().isAfter(governing.validUntil())) {
            throw new MemorandumRuleViolation(
                    MemorandumRuleViolation.NOT_YET_EXPIRED,
                    "MoU " + memorandumId + " is valid until " + governing.validUntil(),
                    true);
        }
        apply(new MemorandumExpired(
                memorandumId, version, governing.validUntil().plusDays(1)));
    }

    @CommandHandler
    void handle(TerminateMemorandum command) {
        requireNotEnded();
        if (!terms.isParty(command.terminatedBy())) {
            throw new MemorandumRuleViolation(
                    MemorandumRuleViolation.NOT_A_PARTY,
                    command.terminatedBy() + " is not a party to MoU " + memorandumId,
                    false);
        }
        apply(new MemorandumTerminated(
                memorandumId,
                version,
                command.terminatedBy(),
                command.effectiveOn(),
                command.reason().strip()));
    }

    private void requireNotEnded() {
        if (ended) {
            throw new MemorandumRuleViolation(
                    MemorandumRuleViolation.MOU_ENDED, "MoU " + memorandumId + " has expired or was terminated", true);
        }
    }

    private void requireInForce(LocalDate on) {
        requireNotEnded();
        if (on.isAfter(terms.validUntil())) {
            throw new MemorandumRuleViolation(
                    MemorandumRuleViolation.MOU_ENDED,
                    "MoU " + memorandumId + " is valid until " + terms.validUntil(),
                    true);
        }
    }

    private static void check(
            MemorandumTerms terms,
            InstitutionDirectory institutions,
            QualificationCatalogue standards,
            UnitCatalogue units) {
        for (var party : terms.partyIds()) {
            if (!institutions.isRegistered(party)) {
                throw new UnknownInstitution(party);
            }
        }
        for (var scope : terms.scope()) {
            var standard = standards
                    .find(scope.standard())
                    .filter(s -> s.published())
                    .orElseThrow(() -> new MemorandumRuleViolation(
                            MemorandumRuleViolation.OUTSIDE_CATALOGUE,
                            "the catalogue holds no published standard " + scope.standard(),
                            false));
            for (var unit : scope.units()) {
                if (!standard.units().contains(unit) || units.find(unit).isEmpty()) {
                    throw new MemorandumRuleViolation(
                            MemorandumRuleViolation.OUTSIDE_CATALOGUE,
                            "unit " + unit + " is not part of " + scope.standard(),
                            false);
                }
            }
        }
    }

    @EventSourcingHandler
    void on(MemorandumDrafted event) {
        memorandumId = event.memorandumId();
        version = event.version();
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(MemorandumSigned event) {
        signedCurrentVersion.add(event.party());
    }

    @EventSourcingHandler
    void on(MemorandumActivated event) {
        termsInForce = terms;
    }

    @EventSourcingHandler
    void on(MemorandumAmended event) {
        version = event.version();
        terms = event.terms();
        signedCurrentVersion.clear();
    }

    @EventSourcingHandler
    void on(MemorandumExpired event) {
        ended = true;
    }

    @EventSourcingHandler
    void on(MemorandumTerminated event) {
        ended = true;
    }
}
