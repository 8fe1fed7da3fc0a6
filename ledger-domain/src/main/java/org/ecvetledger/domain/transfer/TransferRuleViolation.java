package org.ecvetledger.domain.transfer;

import org.ecvetledger.domain.shared.LedgerRuleViolation;

/** A refused request about a credit transfer, named by its rule. */
public class TransferRuleViolation extends LedgerRuleViolation {

    static final String SOURCE_NOT_RECOGNISED = "source-not-recognised";
    static final String STANDARD_NOT_PUBLISHED = "standard-not-published";
    static final String UNIT_NOT_IN_STANDARD = "lo-not-in-home-standard";
    static final String NOT_AUTHORISED = "not-authorised";
    static final String TARGETED_ASSESSMENT_REQUIRED = "targeted-assessment-required";
    static final String ALREADY_DECIDED = "transfer-decided";
    static final String NOT_ENROLLED = "not-enrolled";
    static final String NOT_VALIDATED = "transfer-not-validated";
    static final String RECOGNITION_BEFORE_VALIDATION = "recognition-before-validation";

    private final boolean conflict;

    TransferRuleViolation(String rule, String message, boolean conflict) {
        super(rule, message);
        this.conflict = conflict;
    }

    @Override
    public boolean isConflict() {
        return conflict;
    }
}
