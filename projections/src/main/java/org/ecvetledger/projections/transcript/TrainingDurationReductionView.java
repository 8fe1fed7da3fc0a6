package org.ecvetledger.projections.transcript;

import java.time.LocalDate;
import java.util.List;

/**
 * The shortening of the training towards a qualification that the competent body decided on the learner's
 * recognised prior credit (S25, ADR 0024): the months decided and the most the rule set allowed, the units
 * it rests on ({@code UNIT@VERSION}), the decision reference, legal basis and deciding body, and its event.
 */
public record TrainingDurationReductionView(
        int months,
        int monthsAllowed,
        List<String> priorCreditUnits,
        String decisionReference,
        String legalBasis,
        String decidedBy,
        String decidedByPerson,
        LocalDate effectiveDate,
        String eventId) {}
