package org.ecvetledger.domain.transfer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
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
import org.ecvetledger.domain.shared.Actor;
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
    private boolean recognitionFollows;
    private LocalDate validatedOn;
    private Actor validatedBy;
    private boolean recognised;
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

    /**
     * Step 3, R2: a body holding validate for the receiving standard, in its jurisdiction — and
     * recognise too, unless it leaves the recognition to another body (ADR 0022).
     */
    @CommandHandler
    void handle(ValidateCreditTransfer command, QualificationCatalogue standards, InstitutionDirectory institutions) {
        if (validated || ended) {
            throw new TransferRuleViolation(
                    TransferRuleViolation.ALREADY_DECIDED, "transfer " + transferRequestId + " is decided", true);
        }
        requireEquivalenceRoute();
        requireFunction(institutions, standards, command.validatedBy(), InstitutionFunction.VALIDATE);
        if (!command.recognitionFollows()) {
            requireFunction(institutions, standards, command.validatedBy(), InstitutionFunction.RECOGNISE);
        }
        apply(new CreditTransferValidated(
                transferRequestId,
                command.validatedBy(),
                command.decisionReference(),
                command.effectiveDate(),
                command.recognitionFollows()));
    }

    /**
     * Step 4 by a second body (ADR 0022): the validation left the recognition to a body holding the
     * recognise function for the receiving standard, which may be the validating body itself.
     */
    @CommandHandler
    void handle(RecogniseCreditTransfer command, QualificationCatalogue standards, InstitutionDirectory institutions) {
        if (ended || recognised) {
            throw new TransferRuleViolation(
                    TransferRuleViolation.ALREADY_DECIDED, "transfer " + transferRequestId + " is decided", true);
        }
        requireEquivalenceRoute();
        if (!validated) {
            throw new TransferRuleViolation(
                    TransferRuleViolation.NOT_VALIDATED,
                    "transfer " + transferRequestId + " is not validated yet: a body holding the validate function"
                            + " for " + standard.id() + " validates it first",
                    true);
        }
        if (!recognitionFollows) {
            throw new TransferRuleViolation(
                    TransferRuleViolation.ALREADY_DECIDED,
                    "transfer " + transferRequestId + " was recognised in its validation by "
                            + validatedBy.institution(),
                    true);
        }
        if (command.effectiveDate().isBefore(validatedOn)) {
            throw new TransferRuleViolation(
                    TransferRuleViolation.RECOGNITION_BEFORE_VALIDATION,
                    "the recognition (" + command.effectiveDate() + ") cannot take effect before the validation ("
                            + validatedOn + ")",
                    false);
        }
        requireFunction(institutions, standards, command.recognisedBy(), InstitutionFunction.RECOGNISE);
        apply(new CreditTransferRecognised(
                transferRequestId, command.recognisedBy(), command.decisionReference(), command.effectiveDate()));
    }

    private void requireEquivalenceRoute() {
        if (route == TransferRoute.TARGETED_ASSESSMENT) {
            throw new TransferRuleViolation(
                    TransferRuleViolation.TARGETED_ASSESSMENT_REQUIRED,
                    "no equivalence maps the source unit to " + unit + ": assess the learner on it, then validate"
                            + " and recognise it on the pathway",
                    true);
        }
    }

    private void requireFunction(
            InstitutionDirectory institutions,
            QualificationCatalogue standards,
            Actor actor,
            InstitutionFunction function) {
        var definition = standards
                .definition(standard)
                .orElseThrow(() -> new TransferRuleViolation(
                        TransferRuleViolation.STANDARD_NOT_PUBLISHED,
                        "the catalogue holds no published standard " + standard,
                        false));
        if (!institutions.holds(
                actor.institution(),
                function,
                standard.id(),
                definition.profile().jurisdiction())) {
            throw new TransferRuleViolation(
                    TransferRuleViolation.NOT_AUTHORISED,
                    actor.institution() + " does not hold the "
                            + function.name().toLowerCase() + " function for " + standard.id(),
                    false);
        }
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
                command.effectiveDate(),
                command.recognisedBy()));
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
        recognitionFollows = event.recognitionFollows();
        validatedOn = event.effectiveDate();
        validatedBy = event.validatedBy();
    }

    @EventSourcingHandler
    void on(CreditTransferRecognised event) {
        recognised = true;
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
