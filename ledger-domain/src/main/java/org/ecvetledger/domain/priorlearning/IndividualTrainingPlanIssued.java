package org.ecvetledger.domain.priorlearning;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.MessageName;

/** The training the learner follows to acquire the outcomes the gap analysis found missing (DOMAIN c4 step 4). */
@MessageName("IndividualTrainingPlanIssued")
@Revision("1")
public record IndividualTrainingPlanIssued(
        RplCaseId caseId, String planReference, List<String> outcomesToAcquire, Actor issuedBy, LocalDate issuedOn)
        implements RplCaseEvent {}
