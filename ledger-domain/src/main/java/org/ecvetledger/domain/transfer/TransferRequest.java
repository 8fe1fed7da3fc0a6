package org.ecvetledger.domain.transfer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.ecvetledger.domain.accumulation.PathwayDirectory;
import org.ecvetledger.domain.accumulation.PathwayId;
import org.ecvetledger.domain.accumulation.RecognitionRecords;
import org.ecvetledger.domain.equivalence.EquivalencesInForce;
import org.ecvetledger.domain.institution.InstitutionDirectory;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.qualification.QualificationCatalogue;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * One request to transfer credit between qualifications, pathways or jurisdictions (DOMAIN c6, ADR
 * 0013 amended): request with the equivalence lookup, validation by a competent institution of the
 * receiving standard, then the recognition the transfer saga records on the receiving pathway — or,
 * without an equivalence, a targeted assessment through the ordinary validation and recognition.
 */
class TransferRequest {

    @AggregateIdentifier
    private TransferRequestId transferRequestId;

    private LearnerId learner;
    private QualificationRef standard;
    private UnitRef unit;
    private TransferRoute route;
    private boolean validated;
    private boolean ended;

    TransferRequest() {
        // required by Axon to rebuild the aggregate from its events
    }

    /** Steps 1 and 2: the source credit must stand; the lookup decides the route. */
    @CommandHandler
    TransferRequest(
            RequestCreditTransfer command,
            QualificationCatalogue standards,
            RecognitionRecords recognitions,
            EquivalencesInForce equivalences,
            PathwayDirectory pathways) {
        if (!pathways.isEnrolled(command.learner(), command.standard().id())) {
            throw new TransferRuleViolation(
                    TransferRuleViolation.NOT_ENROLLED,
                    "the learner is not enrolled in " + command.standard().id() + ": enrol first",
                    false);
        }
        var target = standards
                .definition(command.standard())
                .orElseThrow(() -> new TransferRuleViolation(
                        TransferRuleViolation.STANDARD_NOT_PUBLISHED,
                        "the catalogue holds no published standard " + command.standard(),
                        false));
        if (target.rules().unit(command.unit()).isEmpty()) {
            throw new TransferRuleViolation(
                    TransferRuleViolation.UNIT_NOT_IN_STANDARD,
                    command.unit() + " is not a unit of " + command.standard(),
                    false);
        }
        if (command.sourceQualification().equals(command.standard().id())) {
            throw new TransferRuleViolation(
                    TransferRuleViolation.SOURCE_NOT_RECOGNISED,
                    "credit is transferred from another qualification, not from "
                            + command.standard().id(),
                    false);
        }
        var source = recognitions
                .find(command.learner(), command.sourceQualification(), command.sourceUnit())
                .orElseThrow(() -> new TransferRuleViolation(
                        TransferRuleViolation.SOURCE_NOT_RECOGNISED,
                        command.sourceUnit() + " is not recognised for this learner in "
                                + command.sourceQualification(),
                        false));
        TransferRoute route;
        var equivalence = command.sourceUnit().equals(command.unit())
                ? null
                : equivalences.between(command.sourceUnit(), command.unit()).orElse(null);
        if (command.sourceUnit().equals(command.unit())) {
            route = TransferRoute.COMMON_CORE;
        } else if (equivalence != null) {
            route = TransferRoute.EQUIVALENCE;
        } else {
            route = TransferRoute.TARGETED_ASSESSMENT;
        }
        apply(new TransferRequested(
                command.transferRequestId(),
                command.learner(),
                source.standard(),
                command.sourceUnit(),
                command.standard(),
                command.unit(),
                route,
                equivalence == null ? null : equivalence.equivalenceId(),
                equivalence == null ? null : equivalence.version(),
                switch (route) {
                    case EQUIVALENCE -> equivalence.terms().coverage();
                    case COMMON_CORE -> Coverage.FULL;
                    case TARGETED_ASSESSMENT -> null;
                },
                command.requestedBy(),
                command.requestedOn()));
    }

    /** Step 3, R2: a body holding validate and recognise for the receiving standard, in its jurisdiction. */
    @CommandHandler
    void handle(ValidateCreditTransfer command, QualificationCatalogue standards, InstitutionDirectory institutions) {
        if (validated || ended) {
            throw new TransferRuleViolation(
                    TransferRuleViolation.ALREADY_DECIDED, "transfer " + transferRequestId + " is decided", true);
        }
        if (route == TransferRoute.TARGETED_ASSESSMENT) {
            throw new TransferRuleViolation(
                    TransferRuleViolation.TARGETED_ASSESSMENT_REQUIRED,
                    "no equivalence maps the source unit to " + unit + ": assess the learner on it, then validate"
                            + " and recognise it on the pathway",
                    true);
        }
        var definition = standards
                .definition(standard)
                .orElseThrow(() -> new TransferRuleViolation(
                        TransferRuleViolation.STANDARD_NOT_PUBLISHED,
                        "the catalogue holds no published standard " + standard,
                        false));
        for (var function : new InstitutionFunction[] {InstitutionFunction.VALIDATE, InstitutionFunction.RECOGNISE}) {
            if (!institutions.holds(
                    command.validatedBy().institution(),
                    function,
                    standard.id(),
                    definition.profile().jurisdiction())) {
                throw new TransferRuleViolation(
                        TransferRuleViolation.NOT_AUTHORISED,
                        command.validatedBy().institution() + " does not hold the "
                                + function.name().toLowerCase() + " function for " + standard.id(),
                        false);
            }
        }
        apply(new CreditTransferValidated(
                transferRequestId, command.validatedBy(), command.decisionReference(), command.effectiveDate()));
    }

    /** Step 4, from the saga: delivered again, it records nothing more. */
    @CommandHandler
    void handle(CompleteCreditTransfer command) {
        if (ended) {
            return;
        }
        apply(new CreditTransferCompleted(
                transferRequestId,
                new PathwayId(learner, standard.id()),
                unit,
                command.recognitionEvent(),
                command.effectiveDate()));
    }

    @CommandHandler
    void handle(RefuseCreditTransfer command) {
        if (ended) {
            return;
        }
        apply(new CreditTransferRefused(transferRequestId, command.rule(), command.reason(), command.effectiveDate()));
    }

    @EventSourcingHandler
    void on(TransferRequested event) {
        transferRequestId = event.transferRequestId();
        learner = event.learner();
        standard = event.standard();
        unit = event.unit();
        route = event.route();
    }

    @EventSourcingHandler
    void on(CreditTransferValidated event) {
        validated = true;
    }

    @EventSourcingHandler
    void on(CreditTransferCompleted event) {
        ended = true;
    }

    @EventSourcingHandler
    void on(CreditTransferRefused event) {
        ended = true;
    }
}
