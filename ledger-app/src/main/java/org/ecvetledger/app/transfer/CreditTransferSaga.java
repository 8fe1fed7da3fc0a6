package org.ecvetledger.app.transfer;

import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.ecvetledger.domain.accumulation.CreditTransferred;
import org.ecvetledger.domain.accumulation.PathwayId;
import org.ecvetledger.domain.accumulation.RecordValidatedTransfer;
import org.ecvetledger.domain.accumulation.TransferCredit;
import org.ecvetledger.domain.accumulation.TransferRefusal;
import org.ecvetledger.domain.accumulation.UnitRecognised;
import org.ecvetledger.domain.equivalence.EquivalenceId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.domain.transfer.CompleteCreditTransfer;
import org.ecvetledger.domain.transfer.CreditTransferCompleted;
import org.ecvetledger.domain.transfer.CreditTransferRecognised;
import org.ecvetledger.domain.transfer.CreditTransferRefused;
import org.ecvetledger.domain.transfer.CreditTransferValidated;
import org.ecvetledger.domain.transfer.RefuseCreditTransfer;
import org.ecvetledger.domain.transfer.TransferRequestId;
import org.ecvetledger.domain.transfer.TransferRequested;
import org.ecvetledger.domain.transfer.TransferRoute;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * DOMAIN c6 as a conversation over time (ADR 0013 amended): a {@code TransferRequested} opens it; its
 * validation by a competent institution of the receiving standard makes the saga record the lossless
 * {@code CreditTransferred} on the receiving pathway (the same decision as the one-step endpoint),
 * then close the request; without an equivalence it waits for the receiving pathway to recognise the
 * unit after a targeted assessment. A refusal of the pathway ends the request with its rule. State in
 * {@code sagaentry}, so a restart resumes it.
 */
@Saga
public class CreditTransferSaga {

    private String transferRequestId;
    private String pathway;
    private String learner;
    private String qualification;
    private String unit;
    private String sourceQualification;
    private String sourceUnit;
    private String equivalence;
    /** Set while a validation waits for another body's recognition (ADR 0022). */
    private String validatorInstitution;

    private String validatorPerson;
    private String validationReference;

    private transient CommandGateway commands;

    public CreditTransferSaga() {
        // required by Axon to rebuild the saga from sagaentry
    }

    @Autowired
    public void setCommands(CommandGateway commands) {
        this.commands = commands;
    }

    @StartSaga
    @SagaEventHandler(associationProperty = "transferRequestId")
    void on(TransferRequested event) {
        transferRequestId = event.transferRequestId().toString();
        var receiving = new PathwayId(event.learner(), event.standard().id());
        pathway = receiving.toString();
        learner = event.learner().toString();
        qualification = event.standard().id().value();
        unit = event.unit().toString();
        sourceQualification = event.sourceStandard().id().value();
        sourceUnit = event.sourceUnit().toString();
        equivalence = event.equivalence() == null ? null : event.equivalence().toString();
        if (event.route() == TransferRoute.TARGETED_ASSESSMENT) {
            // step 2 found no equivalence: the receiving pathway's own recognition ends the request
            SagaLifecycle.associateWith("pathway", pathway);
        }
    }

    /**
     * Steps 3 → 4: the validating institution's decision is recorded on the receiving pathway — at
     * once when it recognises too, else once another body's recognition follows (ADR 0022).
     */
    @SagaEventHandler(associationProperty = "transferRequestId")
    void on(CreditTransferValidated event) {
        if (event.recognitionFollows()) {
            validatorInstitution = event.validatedBy().institution().value();
            validatorPerson = event.validatedBy().person();
            validationReference = event.decisionReference();
            return;
        }
        record(
                event.validatedBy(),
                event.decisionReference(),
                event.validatedBy(),
                event.decisionReference(),
                event.effectiveDate());
    }

    /** Step 4 by a second body: the pathway records the transfer naming both, dated by the recognition. */
    @SagaEventHandler(associationProperty = "transferRequestId")
    void on(CreditTransferRecognised event) {
        record(
                new Actor(new InstitutionId(validatorInstitution), validatorPerson),
                validationReference,
                event.recognisedBy(),
                event.decisionReference(),
                event.effectiveDate());
    }

    private void record(
            Actor validatedBy, String validatedUnder, Actor recognisedBy, String reference, LocalDate effectiveDate) {
        TransferRefusal refused = commands.sendAndWait(new RecordValidatedTransfer(
                new TransferCredit(
                        LearnerId.of(learner),
                        new QualificationId(qualification),
                        UnitRef.parse(unit),
                        new QualificationId(sourceQualification),
                        UnitRef.parse(sourceUnit),
                        equivalence == null ? null : EquivalenceId.of(equivalence),
                        reference,
                        recognisedBy,
                        effectiveDate),
                validatedBy,
                validatedUnder));
        if (refused == null) {
            commands.sendAndWait(new CompleteCreditTransfer(id(), "CreditTransferred", effectiveDate, recognisedBy));
        } else {
            commands.sendAndWait(new RefuseCreditTransfer(id(), refused.rule(), refused.reason(), effectiveDate));
        }
    }

    /** After a targeted assessment, the unit's ordinary recognition on the receiving pathway ends the request. */
    @SagaEventHandler(associationProperty = "pathway")
    void on(UnitRecognised event) {
        if (event.unit().toString().equals(unit)) {
            commands.sendAndWait(
                    new CompleteCreditTransfer(id(), "UnitRecognised", event.effectiveDate(), event.recognisedBy()));
        }
    }

    /** Waiting for a targeted assessment, the one-step endpoint may record the transfer: the request is complete too. */
    @SagaEventHandler(associationProperty = "pathway")
    void on(CreditTransferred event) {
        if (event.unit().toString().equals(unit)) {
            commands.sendAndWait(
                    new CompleteCreditTransfer(id(), "CreditTransferred", event.effectiveDate(), event.decidedBy()));
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "transferRequestId")
    void on(CreditTransferCompleted event) {
        // the request is closed: nothing more to follow
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "transferRequestId")
    void on(CreditTransferRefused event) {
        // the request ended without credit, with the pathway's rule
    }

    private TransferRequestId id() {
        return TransferRequestId.of(transferRequestId);
    }
}
