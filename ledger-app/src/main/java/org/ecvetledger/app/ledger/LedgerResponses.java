package org.ecvetledger.app.ledger;

import java.time.LocalDate;
import java.util.List;
import org.ecvetledger.domain.qualification.Eligibility;

/** The answers of the learner ledger's endpoints. */
final class LedgerResponses {

    static final String RECORDED = "recorded";
    static final String FLAGGED = "flagged-possible-duplicate";

    private LedgerResponses() {}

    /**
     * An assessment as recorded: {@code status} is {@code recorded}, or {@code flagged-possible-duplicate}
     * when the same content was recorded before ({@code duplicateOf}, S07): kept for human review, no credit.
     */
    record AssessmentRecorded(String assessmentId, String status, String duplicateOf) {}

    /** A decision on one unit of the learner's pathway, named by the event recorded. */
    record UnitDecision(String learnerId, String qualification, String unit, String recorded) {}

    /** A decision on the learner's pathway as a whole, named by the event recorded. */
    record PathwayDecision(String learnerId, String qualification, String recorded) {}

    /** Award eligibility with its rule trace: every rule of the standard's rule set, held or not, and why. */
    record Evaluation(
            String learnerId,
            String qualification,
            LocalDate evaluatedOn,
            boolean eligible,
            List<String> reasons,
            List<RuleOutcome> trace) {

        static Evaluation of(String learnerId, String qualification, LocalDate on, Eligibility eligibility) {
            return new Evaluation(
                    learnerId,
                    qualification,
                    on,
                    eligibility.eligible(),
                    eligibility.reasons(),
                    eligibility.trace().stream()
                            .map(o -> new RuleOutcome(o.rule(), o.satisfied(), o.reasons(), o.explanation()))
                            .toList());
        }
    }

    /** How one award rule fared: its name, whether it holds, machine-readable reasons, a sentence for people. */
    record RuleOutcome(String rule, boolean satisfied, List<String> reasons, String explanation) {}

    /** A change to an assessment, named by the event recorded ({@code AssessmentCorrected}, {@code AssessmentInvalidated}). */
    record AssessmentChange(String assessmentId, String recorded) {}
}
