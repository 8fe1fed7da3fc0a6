package org.ecvetledger.domain.accumulation;

import org.ecvetledger.domain.shared.LedgerRuleViolation;

/** A refused decision on a learner's pathway, named by its rule. */
public class PathwayRuleViolation extends LedgerRuleViolation {

    static final String UNKNOWN_LEARNER = "unknown-learner";
    static final String STANDARD_NOT_PUBLISHED = "standard-not-published";
    static final String NOT_AUTHORISED = "not-authorised";
    static final String UNIT_NOT_IN_STANDARD = "lo-not-in-home-standard";
    static final String ASSESSMENT_MISSING = "assessment-missing";
    static final String NOT_ASSESSED = "not-assessed";
    static final String ALREADY_VALIDATED = "already-validated";
    static final String VALIDATION_MISSING = "validation-missing";
    static final String VALIDATION_INCOMPLETE = "validation-incomplete";
    static final String ALREADY_RECOGNISED = "already-recognised";
    static final String ASSESSMENTS_INCOMPLETE = "assessments-incomplete";
    static final String NOT_ELIGIBLE = "not-eligible";
    static final String ALREADY_AWARDED = "already-awarded";
    static final String REVIEW_PENDING = "review-pending";
    static final String NO_REVIEW_PENDING = "no-review-pending";
    static final String NOT_RECOGNISED = "not-recognised";
    static final String RECOGNITION_DEPENDS = "recognition-depends";
    static final String NOT_AWARDED = "not-awarded";
    static final String SOURCE_NOT_RECOGNISED = "source-not-recognised";
    static final String NO_EQUIVALENCE = "no-equivalence";
    static final String EQUIVALENCE_WITHDRAWN = "equivalence-withdrawn";
    static final String EQUIVALENCE_DOES_NOT_APPLY = "equivalence-does-not-apply";
    static final String NOT_A_NEWER_VERSION = "not-a-newer-version";
    static final String NO_REDUCTION_POLICY = "no-duration-reduction-policy";
    static final String NO_PRIOR_CREDIT = "no-prior-credit";
    static final String REDUCTION_EXCEEDS_POLICY = "reduction-exceeds-policy";
    static final String ALREADY_REDUCED = "duration-already-reduced";

    private final boolean conflict;
    private final String field;
    private final java.util.List<Finding> findings;

    PathwayRuleViolation(String rule, String message, boolean conflict) {
        this(rule, message, conflict, null, java.util.List.of());
    }

    /** A refusal about one field of the request, with a finding per reason behind it. */
    PathwayRuleViolation(
            String rule, String message, boolean conflict, String field, java.util.List<Finding> findings) {
        super(rule, message);
        this.conflict = conflict;
        this.field = field;
        this.findings = java.util.List.copyOf(findings);
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public java.util.List<Finding> findings() {
        return findings;
    }

    @Override
    public boolean isConflict() {
        return conflict;
    }
}
