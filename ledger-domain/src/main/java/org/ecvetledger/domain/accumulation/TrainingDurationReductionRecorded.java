package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.QualificationRef;

/**
 * The competent body shortened the learner's training towards this qualification on the prior credit it
 * holds (S25, ADR 0024; German dual training: the chamber shortens on application, [SEED F126]), within
 * the rule set's {@code TrainingDurationReduction} policy.
 *
 * @param months         the shortening decided
 * @param monthsAllowed  the most the policy allowed on this prior credit when decided
 * @param priorCredit    the transferred or common-core units it rests on
 * @param legalBasis     the legal basis the body cites
 */
@MessageName("TrainingDurationReductionRecorded")
@Revision("1")
public record TrainingDurationReductionRecorded(
        PathwayId pathway,
        QualificationRef standard,
        int months,
        int monthsAllowed,
        List<PriorCreditReference> priorCredit,
        String decisionReference,
        String legalBasis,
        Actor decidedBy,
        LocalDate effectiveDate)
        implements PathwayEvent {

    public TrainingDurationReductionRecorded {
        priorCredit = priorCredit == null ? List.of() : List.copyOf(priorCredit);
    }
}
