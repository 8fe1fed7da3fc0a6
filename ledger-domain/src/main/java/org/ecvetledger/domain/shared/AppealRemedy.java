package org.ecvetledger.domain.shared;

/** What an upheld appeal orders (decision (j)5): a new assessment, a corrected result, or the decision reversed. */
public enum AppealRemedy {
    REASSESS,
    CORRECT_RESULT,
    REVERSE_DECISION
}
