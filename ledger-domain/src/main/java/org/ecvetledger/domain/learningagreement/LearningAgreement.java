package org.ecvetledger.domain.learningagreement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.ecvetledger.domain.learningagreement.LearningAgreementRuleViolation.AGREEMENT_ENDED;
import static org.ecvetledger.domain.learningagreement.LearningAgreementRuleViolation.ALREADY_SIGNED;
import static org.ecvetledger.domain.learningagreement.LearningAgreementRuleViolation.DURATION_OUTSIDE_MOU;
import static org.ecvetledger.domain.learningagreement.LearningAgreementRuleViolation.MOU_NOT_ACTIVE;
import static org.ecvetledger.domain.learningagreement.LearningAgreementRuleViolation.NOT_ACTIVE;
import static org.ecvetledger.domain.learningagreement.LearningAgreementRuleViolation.NOT_AN_MOU_PARTY;
import static org.ecvetledger.domain.learningagreement.LearningAgreementRuleViolation.NOT_HOME_OR_HOST;
import static org.ecvetledger.domain.learningagreement.LearningAgreementRuleViolation.NOT_PLANNED;
import static org.ecvetledger.domain.learningagreement.LearningAgreementRuleViolation.NOT_THE_CURRENT_VERSION;
import static org.ecvetledger.domain.learningagreement.LearningAgreementRuleViolation.NO_SUCH_PROPOSAL;
import static org.ecvetledger.domain.learningagreement.LearningAgreementRuleViolation.OUTSIDE_MOU_SCOPE;
import static org.ecvetledger.domain.learningagreement.LearningAgreementRuleViolation.OWN_PROPOSAL;
import static org.ecvetledger.domain.learningagreement.LearningAgreementRuleViolation.PROPOSAL_OPEN;
import static org.ecvetledger.domain.learningagreement.LearningAgreementRuleViolation.UNKNOWN_LEARNING_OUTCOME;

import java.util.EnumSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.ecvetledger.domain.institution.InstitutionDirectory;
import org.ecvetledger.domain.institution.UnknownInstitution;
import org.ecvetledger.domain.partnership.MemorandumId;
import org.ecvetledger.domain.partnership.MemorandumRegistry;
import org.ecvetledger.domain.partnership.MemorandumStanding;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.unit.UnitCatalogue;

/**
 * A learning agreement: "concluded by the two competent institutions involved in the training and
 * validation process and the learner, in the framework of a Memorandum of Understanding" ([REC]
 * templates). One per learner per mobility; signed by learner, home and host individually; changed
 * only by accepted proposals, every version kept; cancelled or completed (with or without gaps).
 */
class LearningAgreement {

    private enum State {
        DRAFT,
        ACTIVE,
        CANCELLED,
        COMPLETED
    }

    @AggregateIdentifier
    private LearningAgreementId agreementId;

    private MemorandumId memorandum;
    private int version;
    private LearningAgreementTerms terms;
    private State state;
    private boolean everActive;
    private final Set<AgreementParty> signed = EnumSet.noneOf(AgreementParty.class);
    private int proposals;
    private boolean proposalOpen;
    private AgreementParty proposer;
    private LearningAgreementTerms proposedTerms;
    private final Set<AgreementParty> accepted = EnumSet.noneOf(AgreementParty.class);

    LearningAgreement() {
        // required by Axon to rebuild the aggregate from its events
    }

    /** Decision (j)4, R29: no new agreement under an expired or terminated MoU. */
    @CommandHandler
    LearningAgreement(
            DraftLearningAgreement command,
            MemorandumRegistry memoranda,
            InstitutionDirectory institutions,
            UnitCatalogue units) {
        var standing = memoranda
                .find(command.memorandum())
                .orElseThrow(() -> new LearningAgreementRuleViolation(
                        MOU_NOT_ACTIVE, "there is no MoU " + command.memorandum(), false));
        if (standing.termsInForce() == null || standing.endedOn() != null) {
            throw new LearningAgreementRuleViolation(
                    MOU_NOT_ACTIVE,
                    "MoU " + command.memorandum()
                            + " is not in force: it is not yet signed by every party, or has ended",
                    true);
        }
        checkAgainstMemorandum(command.terms(), standing, institutions, units);
        apply(new LearningAgreementDrafted(
                command.agreementId(),
                1,
                command.learner(),
                command.memorandum(),
                command.terms(),
                command.groupReference()));
    }

    /** R4: signed only while the MoU is active on the signature date. */
    @CommandHandler
    void handle(SignLearningAgreement command, MemorandumRegistry memoranda) {
        if (state != State.DRAFT) {
            throw new LearningAgreementRuleViolation(
                    ALREADY_SIGNED,
                    "agreement " + agreementId + " is " + state.name().toLowerCase(),
                    true);
        }
        if (command.version() != version) {
            throw new LearningAgreementRuleViolation(
                    NOT_THE_CURRENT_VERSION,
                    "version " + command.version() + " is not the current version " + version,
                    true);
        }
        if (signed.contains(command.party())) {
            throw new LearningAgreementRuleViolation(
                    ALREADY_SIGNED,
                    command.party().name().toLowerCase() + " already signed agreement " + agreementId,
                    true);
        }
        var active = memoranda
                .find(memorandum)
                .map(m -> m.isActiveOn(command.signedOn()))
                .orElse(false);
        if (!active) {
            throw new LearningAgreementRuleViolation(
                    MOU_NOT_ACTIVE, "MoU " + memorandum + " is not active on " + command.signedOn(), true);
        }
        apply(new LearningAgreementSigned(
                agreementId, version, command.party(), command.signatory().strip(), command.signedOn()));
        if (signed.containsAll(EnumSet.allOf(AgreementParty.class))) {
            apply(new LearningAgreementActivated(agreementId, version, command.signedOn()));
        }
    }

    @CommandHandler
    void handle(
            ProposeLearningAgreementChange command,
            MemorandumRegistry memoranda,
            InstitutionDirectory institutions,
            UnitCatalogue units) {
        requireActive();
        if (proposalOpen) {
            throw new LearningAgreementRuleViolation(
                    PROPOSAL_OPEN,
                    "change proposal " + proposals + " of agreement " + agreementId + " is still open",
                    true);
        }
        var standing = memoranda
                .find(memorandum)
                .filter(m -> m.endedOn() == null && m.termsInForce() != null)
                .orElseThrow(() -> new LearningAgreementRuleViolation(
                        MOU_NOT_ACTIVE,
                        "MoU " + memorandum + " has ended: the agreement can complete but no longer change",
                        true));
        checkAgainstMemorandum(command.terms(), standing, institutions, units);
        apply(new LearningAgreementChangeProposed(
                agreementId,
                proposals + 1,
                version,
                command.terms(),
                command.proposedBy(),
                command.reason().strip()));
    }

    @CommandHandler
    void handle(AcceptLearningAgreementChange command) {
        requireOpenProposal(command.proposal(), command.acceptedBy());
        if (accepted.contains(command.acceptedBy())) {
            throw new LearningAgreementRuleViolation(
                    ALREADY_SIGNED,
                    command.acceptedBy().name().toLowerCase() + " already accepted proposal " + command.proposal(),
                    true);
        }
        apply(new LearningAgreementChangeAccepted(
                agreementId,
                command.proposal(),
                command.acceptedBy(),
                command.signatory().strip(),
                command.acceptedOn()));
        if (accepted.size() == 2) {
            apply(new LearningAgreementAmended(agreementId, version + 1, command.proposal(), proposedTerms));
        }
    }

    @CommandHandler
    void handle(RejectLearningAgreementChange command) {
        requireOpenProposal(command.proposal(), command.rejectedBy());
        apply(new LearningAgreementChangeRejected(
                agreementId,
                command.proposal(),
                command.rejectedBy(),
                command.reason().strip()));
    }

    @CommandHandler
    void handle(CancelLearningAgreement command) {
        requireNotEnded();
        apply(new LearningAgreementCancelled(
                agreementId,
                version,
                command.cancelledBy(),
                command.cancelledOn(),
                command.reason().strip()));
    }

    /** R29: an agreement in force completes even if its MoU has ended since. */
    @CommandHandler
    void handle(CompleteLearningAgreement command) {
        requireActive();
        for (var gap : command.outstanding()) {
            var planned = terms.plannedUnits().stream()
                    .anyMatch(p -> p.unit().equals(gap.unit())
                            && (p.learningOutcomes().isEmpty()
                                    || p.learningOutcomes().containsAll(gap.learningOutcomes())));
            if (!planned) {
                throw new LearningAgreementRuleViolation(
                        NOT_PLANNED,
                        "agreement " + agreementId + " did not plan " + gap.unit() + " " + gap.learningOutcomes(),
                        false);
            }
        }
        apply(new LearningAgreementCompleted(agreementId, version, command.completedOn(), command.outstanding()));
    }

    /** R21: a host may document learning without assessing it; that creates no credit. */
    @CommandHandler
    void handle(IssueMobilityDocument command) {
        if (!everActive) {
            throw new LearningAgreementRuleViolation(
                    NOT_ACTIVE,
                    "agreement " + agreementId + " was never in force: there is no mobility to document",
                    true);
        }
        if (!command.issuedBy().equals(terms.host()) && !command.issuedBy().equals(terms.home())) {
            throw new LearningAgreementRuleViolation(
                    NOT_HOME_OR_HOST,
                    command.issuedBy() + " is neither home nor host of agreement " + agreementId,
                    false);
        }
        apply(new MobilityDocumentIssued(
                agreementId, command.issuedBy(), command.type(), command.issuedOn(), command.content()));
    }

    private void requireActive() {
        if (state != State.ACTIVE) {
            throw new LearningAgreementRuleViolation(
                    NOT_ACTIVE,
                    "agreement " + agreementId + " is " + state.name().toLowerCase() + ", not active",
                    true);
        }
    }

    private void requireNotEnded() {
        if (state == State.CANCELLED || state == State.COMPLETED) {
            throw new LearningAgreementRuleViolation(
                    AGREEMENT_ENDED,
                    "agreement " + agreementId + " is " + state.name().toLowerCase(),
                    true);
        }
    }

    private void requireOpenProposal(int proposal, AgreementParty party) {
        requireActive();
        if (!proposalOpen || proposal != proposals) {
            throw new LearningAgreementRuleViolation(
                    NO_SUCH_PROPOSAL, "agreement " + agreementId + " has no open change proposal " + proposal, true);
        }
        if (party == proposer) {
            throw new LearningAgreementRuleViolation(
                    OWN_PROPOSAL,
                    party.name().toLowerCase() + " proposed this change; the other parties accept or reject it",
                    false);
        }
    }

    /** R4: home and host are parties; the qualification and units are in the MoU's scope; the duration fits. */
    private static void checkAgainstMemorandum(
            LearningAgreementTerms terms,
            MemorandumStanding standing,
            InstitutionDirectory institutions,
            UnitCatalogue units) {
        var mou = standing.termsInForce();
        for (InstitutionId institution : new InstitutionId[] {terms.home(), terms.host()}) {
            if (!institutions.isRegistered(institution)) {
                throw new UnknownInstitution(institution);
            }
            if (!mou.isParty(institution)) {
                throw new LearningAgreementRuleViolation(
                        NOT_AN_MOU_PARTY, institution + " is not a party to the MoU", false);
            }
        }
        for (var planned : terms.plannedUnits()) {
            if (!mou.covers(terms.qualification(), planned.unit())) {
                throw new LearningAgreementRuleViolation(
                        OUTSIDE_MOU_SCOPE,
                        planned.unit() + " of " + terms.qualification() + " is outside the MoU's scope",
                        false);
            }
            var outcomes =
                    units.find(planned.unit()).map(u -> u.learningOutcomeIds()).orElse(java.util.List.of());
            for (var outcome : planned.learningOutcomes()) {
                if (!outcomes.contains(outcome)) {
                    throw new LearningAgreementRuleViolation(
                            UNKNOWN_LEARNING_OUTCOME, planned.unit() + " has no learning outcome " + outcome, false);
                }
            }
        }
        var days = terms.mobilityDays();
        if (days < mou.minimumMobilityDays() || days > mou.maximumMobilityDays()) {
            throw new LearningAgreementRuleViolation(
                    DURATION_OUTSIDE_MOU,
                    "a mobility of " + days + " days is outside the MoU's " + mou.minimumMobilityDays() + "–"
                            + mou.maximumMobilityDays() + " days",
                    false);
        }
    }

    @EventSourcingHandler
    void on(LearningAgreementDrafted event) {
        agreementId = event.agreementId();
        memorandum = event.memorandum();
        version = event.version();
        terms = event.terms();
        state = State.DRAFT;
    }

    @EventSourcingHandler
    void on(LearningAgreementSigned event) {
        signed.add(event.party());
    }

    @EventSourcingHandler
    void on(LearningAgreementActivated event) {
        state = State.ACTIVE;
        everActive = true;
    }

    @EventSourcingHandler
    void on(LearningAgreementChangeProposed event) {
        proposals = event.proposal();
        proposalOpen = true;
        proposer = event.proposedBy();
        proposedTerms = event.terms();
        accepted.clear();
    }

    @EventSourcingHandler
    void on(LearningAgreementChangeAccepted event) {
        accepted.add(event.acceptedBy());
    }

    @EventSourcingHandler
    void on(LearningAgreementChangeRejected event) {
        proposalOpen = false;
    }

    @EventSourcingHandler
    void on(LearningAgreementAmended event) {
        version = event.version();
        terms = event.terms();
        proposalOpen = false;
    }

    @EventSourcingHandler
    void on(LearningAgreementCancelled event) {
        state = State.CANCELLED;
    }

    @EventSourcingHandler
    void on(LearningAgreementCompleted event) {
        state = State.COMPLETED;
    }
}
