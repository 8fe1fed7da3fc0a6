package org.ecvetledger.projections.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ecvetledger.domain.qualification.Eligibility;

/**
 * A learner's qualification progress (a degree audit) under their rule-set version, as of a date and
 * as known at an instant. Every total names the events that produced it (point provenance, R7): a
 * hypothetical or transferred unit names its hypothesis instead.
 *
 * @param standard          the standard version audited, {@code ID@VERSION}
 * @param knownAt           null: everything the ledger had recorded when asked
 * @param eventsConsidered  how many pathway events fell within {@code asOf} and {@code knownAt}
 * @param points            null when the standard's framework has no points (R9)
 * @param weightedAverage   null when the rule set has no weighted-average rule
 * @param award             null until the qualification is awarded
 * @param whatIf            null for the learner's actual progress
 * @param underReview       decisions flagged for review (R25) and not yet confirmed or revoked: they still
 *                          count, but no award can be decided while one is pending (ADR 0010)
 * @param migrations        the pathway's migrations to newer versions of the standard (S28) in effect: the
 *                          audit runs under the latest one's version
 */
public record QualificationProgressView(
        String learner,
        String qualification,
        String standard,
        LocalDate asOf,
        Instant knownAt,
        String framework,
        LocalDate enrolledOn,
        String enrolmentEventId,
        List<UnitProgress> units,
        Mandatory mandatory,
        List<ElectiveGroupProgress> electiveGroups,
        Points points,
        WeightedAverageProgress weightedAverage,
        FinalExamination finalExamination,
        List<ExpiredCredit> expiredCredit,
        EligibilityView eligibility,
        Award award,
        List<String> guidance,
        int eventsConsidered,
        WhatIf whatIf,
        List<Review> underReview,
        List<Migration> migrations) {

    /** Status of a unit of the standard in the audit. */
    public enum UnitStatus {
        /** Recognised and counting (R7). */
        RECOGNISED,
        /** Recognised, but older than its validity period on the audit date (R13): it does not count. */
        EXPIRED,
        /** Some learning outcomes recognised as part of the unit (R10): no points, does not count. */
        PART_RECOGNISED,
        /** Credit validated but not (yet) recognised: holds no unit and no points (S34). */
        VALIDATED,
        /** Nothing recorded. */
        MISSING
    }

    /**
     * One unit of the standard.
     *
     * @param standardPoints the unit's points in this standard; {@code points} are those the recognition granted
     * @param eventIds       the events behind the status: recognitions, partial recognitions or validations
     * @param hypothesis     for a hypothetical unit, where it comes from; null for a recorded one
     */
    public record UnitProgress(
            String unit,
            String role,
            String electiveGroup,
            BigDecimal standardPoints,
            BigDecimal coefficient,
            UnitStatus status,
            BigDecimal points,
            BigDecimal grade,
            LocalDate recognisedOn,
            LocalDate validUntil,
            List<String> learningOutcomes,
            List<String> eventIds,
            String hypothesis) {}

    /** Mandatory units done and missing (R12), with the recognitions behind those done. */
    public record Mandatory(List<String> done, List<String> missing, List<String> eventIds) {}

    /**
     * One elective group: what the rule set asks of it (null when it asks nothing) and how far it is met.
     *
     * @param satisfied null when no rule names the group
     */
    public record ElectiveGroupProgress(
            String group,
            Integer chooseAtLeast,
            BigDecimal minimumPoints,
            List<String> unitsHeld,
            BigDecimal pointsHeld,
            List<String> unitsAvailable,
            Boolean satisfied,
            List<String> eventIds) {}

    /**
     * Points held and required (R7): only counting recognitions.
     *
     * @param required  the rule set's minimum, null when it has none
     * @param satisfied null when the rule set asks for no minimum
     */
    public record Points(
            String framework,
            BigDecimal held,
            BigDecimal required,
            BigDecimal standardTotal,
            Boolean satisfied,
            List<String> eventIds) {}

    /**
     * The coefficient-weighted average of the counted graded units (R15), two decimals for people; the
     * rule itself decides exactly (decision (j)1).
     *
     * @param average null when no counted unit has both a coefficient and a grade
     */
    public record WeightedAverageProgress(
            BigDecimal average,
            BigDecimal threshold,
            String comparator,
            boolean countOptionalUnits,
            boolean satisfied,
            List<String> ungraded,
            List<String> eventIds) {}

    /**
     * The final examination (R17).
     *
     * @param status PASSED, FAILED (the latest examination decides) or NOT_TAKEN
     */
    public record FinalExamination(
            boolean required, String status, LocalDate examinedOn, BigDecimal grade, String eventId) {}

    /** Credit that has run out on the audit date and no longer counts (R13). */
    public record ExpiredCredit(String unit, LocalDate recognisedOn, LocalDate validUntil, String eventId) {}

    /** Eligibility evaluated by the domain's award rule evaluation on the audit date, with its rule trace. */
    public record EligibilityView(boolean eligible, List<String> reasons, List<Eligibility.RuleOutcome> trace) {}

    /**
     * A decision flagged for review (RecognitionReviewRequired) that its body has not yet confirmed or revoked.
     *
     * @param decision CREDIT_VALIDATION, UNIT_RECOGNITION or QUALIFICATION_AWARD
     * @param unit     null for the award
     * @param eventId  the event that flagged it
     */
    public record Review(String decision, String unit, LocalDate flaggedOn, String reason, String eventId) {}

    /**
     * The award standing on the audit date.
     *
     * @param awardId the award's identifier: the id of its {@code QualificationAwarded} event, which
     *                {@code GET /api/awards/{awardId}/audit-trail} follows (S32)
     */
    public record Award(
            LocalDate awardedOn, BigDecimal grade, BigDecimal pointsTotal, String eventId, String awardId) {}

    /**
     * A migration of the pathway to a newer version of the standard (S28): the credit carried over by the
     * transition table, and the recognised units it does not map (their recognitions stay, on {@code from}).
     */
    public record Migration(
            String from,
            String to,
            LocalDate effectiveDate,
            List<MigratedUnit> carriedOver,
            List<String> unmapped,
            String eventId) {}

    /** One line of a transition table as applied: a FULL one holds {@code to} with its points; PARTIAL its outcomes. */
    public record MigratedUnit(
            String from, String to, String coverage, List<String> coveredOutcomes, BigDecimal points) {}

    /**
     * The hypotheses of a what-if audit. Nothing of it is recorded.
     *
     * @param transfer null unless a transfer was asked for
     */
    public record WhatIf(List<Hypothesis> hypotheses, Transfer transfer) {}

    /** A hypothetical recognition as counted: the audited standard's points for the unit (R8). */
    public record Hypothesis(String unit, BigDecimal points, BigDecimal grade, LocalDate recognisedOn, String basis) {}

    /**
     * A hypothetical transfer of the learner's counting credit from their qualification into another.
     *
     * @param transferred    units that would be recognised in the target through an equivalence (or the same unit)
     * @param partial        units that would bring only part of a target unit (PARTIAL): not counted
     * @param notTransferable the learner's units with no equivalence into the target: a targeted assessment is needed
     */
    public record Transfer(
            String from,
            String to,
            List<TransferredUnit> transferred,
            List<TransferredUnit> partial,
            List<String> notTransferable) {}

    /**
     * One mapping of a transfer (decision (j)2: the receiving unit's points; the source's kept beside).
     *
     * @param equivalenceId null when the target standard holds the very same unit
     */
    public record TransferredUnit(
            String sourceUnit,
            BigDecimal sourcePoints,
            String sourceEventId,
            String targetUnit,
            BigDecimal targetPoints,
            String coverage,
            List<String> coveredOutcomes,
            String equivalenceId) {}
}
