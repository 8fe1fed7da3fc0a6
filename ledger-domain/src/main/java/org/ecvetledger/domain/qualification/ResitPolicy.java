package org.ecvetledger.domain.qualification;

/** Which attempt counts when a unit is assessed more than once (R14, decision (j)3). */
public enum ResitPolicy {
    LATEST,
    BEST
}
