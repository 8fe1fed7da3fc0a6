package org.ecvetledger.domain.qualification;

/**
 * How an average is compared with its threshold. Decision (j)1: configuration of the rule set;
 * the BAC PRO example uses {@code AT_LEAST} 10 while the seed literally says "more than 10" (R15).
 */
public enum ThresholdComparator {
    AT_LEAST,
    MORE_THAN
}
