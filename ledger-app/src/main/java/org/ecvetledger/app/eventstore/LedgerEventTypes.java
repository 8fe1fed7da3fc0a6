package org.ecvetledger.app.eventstore;

import java.util.List;
import java.util.stream.Stream;
import org.ecvetledger.domain.accumulation.AccumulationRegistration;
import org.ecvetledger.domain.appeal.AppealRegistration;
import org.ecvetledger.domain.assessment.AssessmentRegistration;
import org.ecvetledger.domain.credential.CredentialRegistration;
import org.ecvetledger.domain.equivalence.EquivalenceRegistration;
import org.ecvetledger.domain.institution.InstitutionRegistration;
import org.ecvetledger.domain.learner.LearnerRegistration;
import org.ecvetledger.domain.learningagreement.LearningAgreementRegistration;
import org.ecvetledger.domain.partnership.PartnershipRegistration;
import org.ecvetledger.domain.priorlearning.RplRegistration;
import org.ecvetledger.domain.qualification.QualificationRegistration;
import org.ecvetledger.domain.transfer.TransferRegistration;
import org.ecvetledger.domain.unit.UnitRegistration;

/** Every aggregate and event type of the ledger, gathered from the features' registrations. */
public final class LedgerEventTypes {

    private LedgerEventTypes() {}

    public static List<Class<?>> all() {
        return Stream.of(
                        LearnerRegistration.eventTypes(),
                        InstitutionRegistration.eventTypes(),
                        UnitRegistration.eventTypes(),
                        QualificationRegistration.eventTypes(),
                        EquivalenceRegistration.eventTypes(),
                        PartnershipRegistration.eventTypes(),
                        LearningAgreementRegistration.eventTypes(),
                        AccumulationRegistration.eventTypes(),
                        AssessmentRegistration.eventTypes(),
                        AppealRegistration.eventTypes(),
                        CredentialRegistration.eventTypes(),
                        RplRegistration.eventTypes(),
                        TransferRegistration.eventTypes())
                .flatMap(List::stream)
                .toList();
    }

    public static List<Class<?>> aggregates() {
        return List.of(
                LearnerRegistration.aggregateType(),
                InstitutionRegistration.aggregateType(),
                UnitRegistration.aggregateType(),
                QualificationRegistration.aggregateType(),
                EquivalenceRegistration.aggregateType(),
                PartnershipRegistration.aggregateType(),
                LearningAgreementRegistration.aggregateType(),
                AccumulationRegistration.aggregateType(),
                AssessmentRegistration.aggregateType(),
                AppealRegistration.aggregateType(),
                CredentialRegistration.aggregateType(),
                RplRegistration.aggregateType(),
                TransferRegistration.aggregateType());
    }
}
