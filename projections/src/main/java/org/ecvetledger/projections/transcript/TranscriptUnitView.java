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
 *
 * <p>{@code points} are the points the line counts (in the totals); a recognition whose points no longer
 * count (REVOKED, EXPIRED, MIGRATED) shows {@code points} null and the value it granted in {@code
 * pointsNotCounted}, with the status that took it out in {@code pointsNotCountedBecause}. {@code
 * migration} is the line's part in a pathway migration (S28), or null; {@code standard} the standard
 * version the line's decisions were taken under ({@code ID@VERSION}).
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
        List<CredentialView> credentials,
        BigDecimal pointsNotCounted,
        UnitStatus pointsNotCountedBecause,
        MigrationView migration,
        String standard) {}
