package org.ecvetledger.projections.transcript;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit, or part of a unit, on the personal transcript (DOMAIN f2): outcomes, grade and grading
 * scheme, points with their credit framework, jurisdiction, who assessed, validated and recognised
 * and when, the mobility or route it came by, its status, and every attempt. {@code sourceEvents}
 * are the ids of every event that shaped the line; {@code pointsEvent} is the recognition that
 * grants the points (R7). {@code reviews} are the review flags and confirmations of the unit's
 * decisions (R25, S10), {@code withdrawals} the withdrawals of its validated credit, {@code
 * revocations} the revocations of its recognition (or of part of it), and {@code credentials} the
 * status history of every credential stating the unit.
 */
public record TranscriptUnitView(
        String qualification,
        String unit,
        UnitStatus status,
        boolean partOfUnit,
        CreditRoute route,
        String jurisdiction,
        BigDecimal grade,
        String gradingScheme,
        BigDecimal points,
        String framework,
        String pointsEvent,
        LocalDate validUntil,
        List<LearningOutcomeView> learningOutcomes,
        List<DecisionView> validations,
        List<DecisionView> rejections,
        List<DecisionView> partialRecognitions,
        DecisionView recognition,
        MobilityView mobility,
        TransferView transfer,
        List<AttemptView> attempts,
        List<String> sourceEvents,
        List<DecisionView> reviews,
        List<DecisionView> withdrawals,
        List<DecisionView> revocations,
        List<CredentialView> credentials) {}
